import { Table } from '@mantine/core';
import { useNow } from '@relais/admin-feature-help-requests';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from './queue-row';
import { QueueRow } from './queue-row';

export interface QueueTableProps {
  requests: readonly QueueItem[];
}

export function QueueTable({ requests }: QueueTableProps) {
  const { t } = useTranslation();
  const now = useNow();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="queue-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('queue.age')}</Table.Th>
            <Table.Th>{t('queue.request')}</Table.Th>
            <Table.Th>{t('queue.status')}</Table.Th>
            <Table.Th>{t('queue.assignee')}</Table.Th>
            <Table.Th>{t('queue.requester')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((request) => (
            <QueueRow key={request.id} request={request} now={now} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
