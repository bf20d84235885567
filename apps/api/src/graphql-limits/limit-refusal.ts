import { GraphQLError } from 'graphql';

/** Which of the document limits a refused document passed. */
export type DocumentLimitName = 'tokens' | 'depth' | 'aliases' | 'directives' | 'cost' | 'replySize';

/**
 * A document refused for its size or shape, before anything ran. GRAPHQL_VALIDATION_FAILED, as
 * for any other invalid document: the client must change the document, not the values it sends
 * (BAD_USER_INPUT with its `fields`), and retrying it as it is cannot succeed. `limit` names the
 * limit so that a client can tell which without reading the message.
 */
export function limitRefusal(limit: DocumentLimitName, message: string): GraphQLError {
  return new GraphQLError(message.replace(/^Syntax Error: /, ''), {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit },
  });
}
