import { useApolloClient, useMutation } from '@apollo/client';
import { AcceptHelpRequestDocument, HelpRequestDetailsDocument, errorCode, errorMessage } from '@relais/admin-data-access';
import { useCallback, useState } from 'react';

export type AcceptOutcome =
  | { kind: 'accepted' }
  /** Someone else took it first (the API's CONFLICT, and the request is no longer open). */
  | { kind: 'taken' }
  | { kind: 'failed'; message: string };

export interface AcceptHelpRequest {
  accept: (id: string) => Promise<AcceptOutcome>;
  accepting: boolean;
}

/**
 * Takes a request. A CONFLICT can mean it was taken first, or that this volunteer is paused or
 * full: asking for the request again tells which, so "too late" is only said when it is true.
 */
export function useAcceptHelpRequest(): AcceptHelpRequest {
  const client = useApolloClient();
  // The tasks page asks again when it opens (cache-and-network): nothing to refetch from the feed.
  const [mutate] = useMutation(AcceptHelpRequestDocument);
  const [accepting, setAccepting] = useState(false);
  const accept = useCallback(
    async (id: string): Promise<AcceptOutcome> => {
      setAccepting(true);
      try {
        await mutate({ variables: { id } });
        return { kind: 'accepted' };
      } catch (error) {
        if (errorCode(error) !== 'CONFLICT') return { kind: 'failed', message: errorMessage(error) };
        const now = await client
          .query({ query: HelpRequestDetailsDocument, variables: { id }, fetchPolicy: 'network-only' })
          .then(({ data }) => data.helpRequest, () => null);
        if (!now || now.status !== 'OPEN') return { kind: 'taken' };
        return { kind: 'failed', message: errorMessage(error) };
      } finally {
        setAccepting(false);
      }
    },
    [client, mutate],
  );
  return { accept, accepting };
}
