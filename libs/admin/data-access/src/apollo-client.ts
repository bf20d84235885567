import type { NormalizedCacheObject } from '@apollo/client';
import { ApolloClient, HttpLink, InMemoryCache, from } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { getToken } from './session-token';

/** The API serves this app and GraphQL from the same origin. */
export const GRAPHQL_PATH = '/graphql';

export function createApolloClient(uri: string = GRAPHQL_PATH): ApolloClient<NormalizedCacheObject> {
  // Read on every request, so a log-in or log-out applies without rebuilding the client.
  const authLink = setContext((_operation, { headers }) => {
    const token = getToken();
    return { headers: { ...headers, ...(token ? { Authorization: `Bearer ${token}` } : {}) } };
  });
  return new ApolloClient({
    link: from([authLink, new HttpLink({ uri })]),
    cache: new InMemoryCache(),
  });
}
