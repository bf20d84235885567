import type { RequestContext } from '@relais/server-shared';
import type { DocumentNode, ExecutionArgs, ExecutionResult, GraphQLError, GraphQLSchema } from 'graphql';
import { NoSchemaIntrospectionCustomRule, execute, parse, specifiedRules, subscribe, validate } from 'graphql';
import { armourRules } from './armour-rules';
import { checkOperationFor } from './check-operation';
import { SIGNED_IN_LIMITS } from './document-limits';

interface SubscribePayload {
  query: string;
}

type OperationResult = ReturnType<typeof subscribe> | ReturnType<typeof execute>;

/**
 * graphql-ws runs queries and mutations as well as subscriptions, with its own parse and
 * validate: without these, a document sent over the socket would skip every limit and the
 * introspection switch. The text is parsed within the token limit before graphql-ws reads it
 * (a document it cannot parse would close the socket), validated with the same rules as over
 * HTTP, and each operation checked against its caller's limits before it runs.
 */
export function socketLimitOptions(introspection: boolean) {
  const rules = [
    ...specifiedRules,
    ...armourRules(SIGNED_IN_LIMITS).validationRules,
    ...(introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
  const refusedFor = (args: ExecutionArgs): ExecutionResult | null => {
    const context = args.contextValue as RequestContext;
    const refused = checkOperationFor(context.viewer, {
      schema: args.schema,
      document: args.document,
      operationName: args.operationName,
      variables: args.variableValues,
    });
    return refused.length ? { errors: refused } : null;
  };
  return {
    onSubscribe: (_context: unknown, _id: string, payload: SubscribePayload): GraphQLError[] | undefined => {
      try {
        parse(payload.query, { maxTokens: SIGNED_IN_LIMITS.tokens, noLocation: true });
        return undefined;
      } catch (error) {
        return [error as GraphQLError];
      }
    },
    validate: (schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] =>
      validate(schema, document, rules).map(hideSuggestions),
    execute: (args: ExecutionArgs): OperationResult => refusedFor(args) ?? execute(args),
    subscribe: (args: ExecutionArgs): OperationResult => refusedFor(args) ?? subscribe(args),
  };
}

/** As over HTTP (GraphQL Armor's suggestion blocking): a wrong name must not spell out the schema. */
function hideSuggestions(error: GraphQLError): GraphQLError {
  error.message = error.message.replace(/ ?Did you mean .+\?/g, '');
  return error;
}
