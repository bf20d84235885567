import { ApolloError } from '@apollo/client';

/** The API's `extensions.code` (CONFLICT, FORBIDDEN, …) of the first error, if it gave one. */
export function errorCode(error: unknown): string | null {
  if (!(error instanceof ApolloError)) return null;
  const code = error.graphQLErrors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : null;
}
