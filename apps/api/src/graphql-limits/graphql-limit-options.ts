import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import { armourRules } from './armour-rules';
import { callerLimitsPlugin } from './caller-limits.plugin';
import { SIGNED_IN_LIMITS } from './document-limits';
import { socketLimitOptions } from './socket-limits';

/**
 * The Apollo settings that bound what one document may cost, and the same for graphql-ws. Apollo
 * parses within the signed-in token limit (graphql-js stops reading past it) and validates with
 * GraphQL Armor's rules at the signed-in limits, the looser ones: that much is cached per
 * document. Then every request is checked against its own caller's limits (callerLimitsPlugin).
 */
export function graphqlLimitOptions(introspection: boolean) {
  const armour = armourRules(SIGNED_IN_LIMITS);
  return {
    plugins: [...armour.plugins, callerLimitsPlugin] as ApolloServerPlugin[],
    validationRules: armour.validationRules as ValidationRule[],
    parseOptions: { maxTokens: SIGNED_IN_LIMITS.tokens },
    // A JSON array of operations would be as many documents for the price of one request.
    allowBatchedHttpRequests: false,
    socket: socketLimitOptions(introspection),
  };
}
