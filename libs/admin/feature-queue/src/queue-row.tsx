import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { QueueRowFieldsFragment } from '@relais/admin-data-access';
import { CategoryBadge, StatusBadge } from '@relais/admin-feature-help-requests';
import type { RowAttributes, RowColumn } from '@relais/admin-ui';
import { usePersonName } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AgeBadge } from './age-badge';

export type QueueItem = QueueRowFieldsFragment;

/** `fresh`: arrived live, not seen to yet. */
export function queueRowAttributes(request: QueueItem, fresh: boolean): RowAttributes {
  return { 'data-testid': 'queue-row', 'data-status': request.status, 'data-request-id': request.id, 'data-fresh': fresh ? 'true' : undefined };
}

/**
 * The queue's columns, once for its table and its cards; the request itself heads a card, with
 * « Nouvelle » when it arrived live and its quartier when the queue spans several.
 */
export function useQueueColumns(now: Date, freshIds: ReadonlySet<string>, showQuartier: boolean): RowColumn<QueueItem>[] {
  const { t } = useTranslation();
  const name = usePersonName();
  const none = t('queue.none');
  return [
    {
      key: 'age',
      header: t('queue.age'),
      cell: (request) => <AgeBadge createdAt={request.createdAt} now={now} waiting={request.status === 'OPEN'} />,
    },
    {
      key: 'request',
      header: t('queue.request'),
      card: 'heading',
      maw: 340,
      cell: (request) => (
        <Stack gap={4} align="flex-start">
          <Group gap={6}>
            <CategoryBadge category={request.category} />
            {freshIds.has(request.id) && (
              <Badge color="teal" variant="filled" size="sm" data-testid="queue-row-fresh">
                {t('desk.fresh')}
              </Badge>
            )}
          </Group>
          {showQuartier && request.neighbourhood && (
            <Text size="xs" c="dimmed" data-testid="queue-row-quartier">
              {t('desk.quartier', { name: request.neighbourhood.name })}
            </Text>
          )}
          <Anchor component={Link} to={`/requests/${request.id}`} size="sm" lineClamp={2} data-testid="queue-row-open">
            {request.description}
          </Anchor>
        </Stack>
      ),
    },
    { key: 'status', header: t('queue.status'), cell: (request) => <StatusBadge status={request.status} /> },
    {
      key: 'assignee',
      header: t('queue.assignee'),
      testId: 'queue-row-assignee',
      cell: (request) => <Text size="sm">{request.assignee ? name(request.assignee) : none}</Text>,
    },
    {
      key: 'requester',
      header: t('queue.requester'),
      cell: (request) => (
        <>
          <Text size="sm">{name(request.requester)}</Text>
          <Text size="xs" c="dimmed" data-testid="queue-row-address">
            {request.address ?? none}
          </Text>
        </>
      ),
    },
  ];
}
