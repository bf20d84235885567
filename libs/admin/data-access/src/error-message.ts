import { ApolloError } from '@apollo/client';

/** The API's own words when it gave any (they are meant for people), else the transport's. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApolloError) {
    const first = error.graphQLErrors[0];
    if (first) return first.message;
    return error.networkError?.message ?? error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
