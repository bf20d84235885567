import type { ApolloError } from '@apollo/client';
import { useMutation } from '@apollo/client';
import { RefreshLeaderScoresDocument } from '@relais/admin-data-access';
import { useCallback } from 'react';

export interface RefreshScores {
  refresh: () => Promise<void>;
  loading: boolean;
  error: ApolloError | undefined;
  done: boolean;
  dismiss: () => void;
}

/** Recomputes a quartier's scores now, and waits for what is on screen to be read again. */
export function useRefreshScores(neighbourhoodId: string): RefreshScores {
  const [mutate, { loading, error, data, reset }] = useMutation(RefreshLeaderScoresDocument, {
    refetchQueries: ['LeaderBoard', 'SuggestedAmbassadors', 'LeaderOverview'],
    awaitRefetchQueries: true,
  });
  const refresh = useCallback(async () => {
    try {
      await mutate({ variables: { neighbourhoodId } });
    } catch {
      // Shown from `error`.
    }
  }, [mutate, neighbourhoodId]);
  return { refresh, loading, error, done: Boolean(data?.refreshLeaderScores), dismiss: reset };
}
