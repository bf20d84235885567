import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { DocumentLimits } from './document-limits';
import type { DocumentLimitName } from './limit-refusal';
import { limitRefusal } from './limit-refusal';

const refuse =
  (limit: DocumentLimitName) =>
  (context: ValidationContext | null, error: GraphQLError): void =>
    context?.reportError(limitRefusal(limit, error.message));

export interface ArmourRules {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
}

/**
 * GraphQL Armor's depth, alias, directive and cost rules at these limits, each refusal a
 * GRAPHQL_VALIDATION_FAILED naming its limit (Armor's own says BAD_USER_INPUT), and field
 * suggestions masked so that a wrong name does not spell out the schema. Its token plugin stays
 * off: it parses the document a second time and, thrown while Apollo parses, the refusal comes back
 * a 500; the parser's own `maxTokens` does the same job (see graphqlLimitOptions).
 */
export function armourRules(limits: DocumentLimits): ArmourRules {
  const { plugins, validationRules } = new ApolloArmor({
    maxTokens: { enabled: false },
    // A fragment is a way to write a selection, not a level or a cost of its own.
    maxDepth: { n: limits.depth, flattenFragments: true, propagateOnRejection: false, onReject: [refuse('depth')] },
    maxAliases: { n: limits.aliases, propagateOnRejection: false, onReject: [refuse('aliases')] },
    maxDirectives: { n: limits.directives, propagateOnRejection: false, onReject: [refuse('directives')] },
    costLimit: { maxCost: limits.cost, flattenFragments: true, propagateOnRejection: false, onReject: [refuse('cost')] },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return { plugins, validationRules };
}
