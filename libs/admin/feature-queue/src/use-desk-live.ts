import { useApolloClient, useSubscription } from '@apollo/client';
import { QueueChangedDocument } from '@relais/admin-data-access';
import { useEffect, useRef, useState } from 'react';
import { freshIds } from './desk-view';

/** The queries a change of the desk's requests makes stale: the list, its count, the map. */
const DESK_QUERIES = ['DeskQueue', 'OpenRequestLocations'];

/**
 * The desk, live: each request of its quartiers posted or changed comes over the socket. A change
 * lands in Apollo's cache (rows on screen update by themselves); the list, its count and the map
 * are asked again, as a new request may belong anywhere in them. Returns the ids to mark new.
 */
export function useDeskLive(neighbourhoodId: string | null, shownIds: readonly string[], enabled: boolean): string[] {
  const client = useApolloClient();
  const [fresh, setFresh] = useState<string[]>([]);
  const shown = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    shown.current = new Set(shownIds);
  }, [shownIds]);
  useSubscription(QueueChangedDocument, {
    variables: { neighbourhoodId },
    skip: !enabled,
    onData: ({ data }) => {
      const changed = data.data?.queueChanged;
      if (!changed) return;
      setFresh((ids) => freshIds(ids, changed, shown.current));
      void client.refetchQueries({ include: DESK_QUERIES });
    },
  });
  return fresh;
}
