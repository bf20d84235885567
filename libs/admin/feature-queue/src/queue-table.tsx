import { useNow } from '@relais/admin-feature-help-requests';
import { ResponsiveRows } from '@relais/admin-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from './queue-row';
import { queueRowAttributes, useQueueColumns } from './queue-row';

export interface QueueTableProps {
  requests: readonly QueueItem[];
  /** Arrived live and still waiting: marked « Nouvelle ». */
  freshIds: readonly string[];
  /** The queue spans several quartiers: each row names its own. */
  showQuartier: boolean;
}

/** The queue: a table on a wide screen, a card per request on a phone. */
// Rows change live through the desk's own subscription (useDeskLive), not one per row.
export function QueueTable({ requests, freshIds, showQuartier }: QueueTableProps) {
  const { t } = useTranslation();
  const now = useNow();
  const fresh = useMemo(() => new Set(freshIds), [freshIds]);
  const columns = useQueueColumns(now, fresh, showQuartier);
  return (
    <>
      <ResponsiveRows
        rows={requests}
        columns={columns}
        rowKey={(request) => request.id}
        rowAttributes={(request) => queueRowAttributes(request, fresh.has(request.id))}
        label={t('queue.title')}
        testId="queue-table"
        minWidth={720}
        highlightOnHover
      />
    </>
  );
}
