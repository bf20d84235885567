import { useNow } from '@relais/admin-feature-help-requests';
import { ResponsiveRows } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from './queue-row';
import { LiveQueueItem, queueRowAttributes, useQueueColumns } from './queue-row';

export interface QueueTableProps {
  requests: readonly QueueItem[];
}

/** The queue: a table on a wide screen, a card per request on a phone. */
export function QueueTable({ requests }: QueueTableProps) {
  const { t } = useTranslation();
  const now = useNow();
  const columns = useQueueColumns(now);
  return (
    <>
      {requests.map((request) => (
        <LiveQueueItem key={request.id} request={request} />
      ))}
      <ResponsiveRows
        rows={requests}
        columns={columns}
        rowKey={(request) => request.id}
        rowAttributes={queueRowAttributes}
        label={t('queue.title')}
        testId="queue-table"
        minWidth={720}
        highlightOnHover
      />
    </>
  );
}
