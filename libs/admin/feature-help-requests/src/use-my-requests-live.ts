import { useSubscription } from '@apollo/client';
import { HelpRequestChangedDocument } from '@relais/admin-data-access';
import { useEffect, useRef } from 'react';

/**
 * Every change to the caller's own requests, live. A change to a request on screen updates it
 * through Apollo's cache; one to a request not shown (just posted elsewhere) asks for the list again.
 */
export function useMyRequestsLive(shownIds: readonly string[], refetch: () => unknown): void {
  const shown = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    shown.current = new Set(shownIds);
  }, [shownIds]);
  useSubscription(HelpRequestChangedDocument, {
    variables: {},
    onData: ({ data }) => {
      const changed = data.data?.helpRequestChanged;
      if (changed && !shown.current.has(changed.id)) void refetch();
    },
  });
}
