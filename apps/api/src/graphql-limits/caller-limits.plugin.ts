import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '@relais/server-shared';
import { GraphQLError } from 'graphql';
import { checkOperationFor } from './check-operation';

/**
 * Apollo validates a document once and caches it, against the looser signed-in limits; the
 * caller is only known per request, and the size of a reply only with the variables. So each
 * request's operation is checked here, before it runs, against its caller's limits.
 */
export const callerLimitsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, source, request, contextValue }) {
        const [refused] = checkOperationFor(contextValue.viewer, {
          schema,
          document,
          source,
          operationName: request.operationName,
          variables: request.variables,
        });
        if (refused) throw new GraphQLError(refused.message, { extensions: { ...refused.extensions, http: { status: 400 } } });
      },
    };
  },
};
