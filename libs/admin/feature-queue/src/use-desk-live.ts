import { useApolloClient, useSubscription } from '@apollo/client';
import { QueueChangedDocument } from '@relais/admin-data-access';
import { useEffect, useRef, useState } from 'react';
import { freshIds } from './desk-view';
import type { QueueItem } from './queue-row';

/** The queries a change of the desk's requests makes stale: the list, its count, the map, the quartiers' counts. */
const DESK_QUERIES = ['DeskQueue', 'OpenRequestPlaces', 'DeskQuartierCounts'];

export interface DeskLive {
  /** Arrived live and still waiting, newest first. */
  freshIds: string[];
  freshRows: QueueItem[];
}

/**
 * The desk, live: each request of its quartiers posted or changed comes over the socket. A change
 * lands in Apollo's cache (rows on screen update by themselves); the list, its count and the map
 * are asked again, as a new request may belong anywhere in them.
 */
export function useDeskLive(neighbourhoodId: string | null, shownIds: readonly string[], enabled: boolean): DeskLive {
  const client = useApolloClient();
  const [fresh, setFresh] = useState<string[]>([]);
  const rows = useRef(new Map<string, QueueItem>());
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
      rows.current.set(changed.id, changed);
      setFresh((ids) => freshIds(ids, changed, shown.current));
      void client.refetchQueries({ include: DESK_QUERIES });
    },
  });
  const freshRows = fresh.map((id) => rows.current.get(id)).filter((row): row is QueueItem => !!row);
  return { freshIds: fresh, freshRows };
}
