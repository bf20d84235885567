import { useApolloClient } from '@apollo/client';
import { CompleteHelpRequestDocument, errorMessage } from '@relais/admin-data-access';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { delayedActions } from './delayed-actions';

/** How long « C'est fait » can be taken back before it is sent. */
export const UNDO_MS = 5_000;

export interface UndoableComplete {
  /** Tasks marked done whose mutation waits, the newest last. */
  pendingIds: string[];
  complete: (id: string) => void;
  undo: (id: string) => void;
  /** Why the last sending of a task failed. */
  failures: Record<string, string>;
}

/**
 * « C'est fait » sent only after UNDO_MS, unless undone. Leaving the page (another page of the
 * app, or closing the tab) sends what waits at once; keepalive lets the request outlive the tab.
 */
export function useUndoableComplete(): UndoableComplete {
  const client = useApolloClient();
  const [pendingIds, setPendingIds] = useState<string[]>([]);
  const [failures, setFailures] = useState<Record<string, string>>({});
  const actions = useMemo(() => {
    const scheduled = delayedActions(UNDO_MS, () => setPendingIds(scheduled.pending()));
    return scheduled;
  }, []);

  useEffect(() => {
    const leave = () => actions.flush();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [actions]);

  const complete = useCallback(
    (id: string) => {
      setFailures(({ [id]: _previous, ...rest }) => rest);
      actions.schedule(id, () => {
        client
          .mutate({
            mutation: CompleteHelpRequestDocument,
            variables: { id },
            context: { fetchOptions: { keepalive: true } },
            refetchQueries: ['MyTasks'],
          })
          .catch((error: unknown) => setFailures((current) => ({ ...current, [id]: errorMessage(error) })));
      });
    },
    [actions, client],
  );
  const undo = useCallback((id: string) => void actions.cancel(id), [actions]);
  return { pendingIds, complete, undo, failures };
}
