import type { ApolloError } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client';
import type { ViewerFragment } from '@relais/admin-data-access';
import { MeDocument, getToken, setToken, subscribeToken } from '@relais/admin-data-access';
import { useCallback, useSyncExternalStore } from 'react';

export interface Session {
  token: string | null;
  /** Who the token belongs to; null while signed out, loading, or when the token is no longer valid. */
  viewer: ViewerFragment | null;
  loading: boolean;
  error: ApolloError | undefined;
  logOut: () => Promise<void>;
  /** Asks the API again who the token belongs to, after a failure. */
  retry: () => Promise<unknown>;
}

export function useSession(): Session {
  const token = useSyncExternalStore(subscribeToken, getToken, () => null);
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(MeDocument, { skip: !token });
  const logOut = useCallback(async () => {
    setToken(null);
    // The next person to sign in on this browser must not see what this one loaded.
    await client.clearStore();
  }, [client]);
  return {
    token,
    viewer: token ? (data?.me ?? null) : null,
    loading: Boolean(token) && loading,
    error: token ? error : undefined,
    logOut,
    retry: refetch,
  };
}
