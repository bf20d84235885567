import type { ApolloServerPlugin } from '@apollo/server';
import { Logger } from '@nestjs/common';
import type { RequestContext } from '@relais/server-shared';
import { PUBLIC_CODES } from '../format-error';

const logger = new Logger('GraphQL');

/**
 * Logs each error the caller is not meant to get (they see INTERNAL_SERVER_ERROR, see
 * formatError) once, as one line with the request's id, its path in the operation and the error
 * as the logger's error serializer (loggedError) describes it: never the variables, never a failed statement's parameters.
 */
export const graphqlErrorLogPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue, operationName }) {
        for (const error of errors) {
          const code = error.extensions?.['code'];
          if (typeof code === 'string' && PUBLIC_CODES.has(code)) continue;
          logger.error({
            msg: 'unexpected error in a GraphQL operation',
            reqId: contextValue.requestId,
            operation: operationName ?? null,
            path: error.path?.join('.') ?? null,
            err: error.originalError ?? error,
          });
        }
      },
    };
  },
};
