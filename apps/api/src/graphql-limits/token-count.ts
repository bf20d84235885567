import { Lexer, Source, TokenKind } from 'graphql';

/**
 * Tokens of a GraphQL document as graphql-js's parser counts them for `maxTokens` (comments
 * excluded), stopping once past `stopAfter` so that a huge document costs no more than the limit.
 */
export function countTokens(body: string, stopAfter: number): number {
  const lexer = new Lexer(new Source(body));
  let count = 0;
  while (count <= stopAfter && lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}
