import type { NormalizedCacheObject } from '@apollo/client';
import { ApolloClient, HttpLink, InMemoryCache, from, split } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createLiveSocket, sameOriginWebSocketUrl } from './live-socket';
import { getToken } from './session-token';

/** The API serves this app and GraphQL from the same origin. */
export const GRAPHQL_PATH = '/graphql';

export interface ApolloClientOptions {
  uri?: string;
  /** Where subscriptions go (graphql-ws); by default the page's own host, on GRAPHQL_PATH. */
  webSocketUrl?: string;
}

export function createApolloClient(options: ApolloClientOptions = {}): ApolloClient<NormalizedCacheObject> {
  const uri = options.uri ?? GRAPHQL_PATH;
  // Read on every request, so a log-in or log-out applies without rebuilding the client.
  const authLink = setContext((_operation, { headers }) => {
    const token = getToken();
    return { headers: { ...headers, ...(token ? { Authorization: `Bearer ${token}` } : {}) } };
  });
  const httpLink = from([authLink, new HttpLink({ uri })]);
  // Events sent while the socket was down are lost: what is on screen is asked again instead.
  const refetchShown = () => void client.refetchQueries({ include: 'active' });
  const liveLink = new GraphQLWsLink(createLiveSocket(options.webSocketUrl ?? sameOriginWebSocketUrl(GRAPHQL_PATH), refetchShown));
  // Subscriptions need a socket; queries and mutations stay plain HTTP requests.
  const link = split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    liveLink,
    httpLink,
  );
  // Objects without an id are values of their parent: a newer copy simply completes the older one.
  const cache = new InMemoryCache({
    typePolicies: { VolunteerProfile: { merge: true }, LatLng: { merge: true }, Thanks: { merge: true } },
  });
  const client = new ApolloClient({ link, cache });
  return client;
}
