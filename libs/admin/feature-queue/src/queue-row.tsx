import { Anchor, Stack, Text } from '@mantine/core';
import type { HelpRequestQueueQuery } from '@relais/admin-data-access';
import { CategoryBadge, StatusBadge, isActiveStatus, useLiveHelpRequest } from '@relais/admin-feature-help-requests';
import type { RowAttributes, RowColumn } from '@relais/admin-ui';
import { usePersonName } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AgeBadge } from './age-badge';

export type QueueItem = HelpRequestQueueQuery['helpRequestQueue']['items'][number];

/** Taken, given back or cancelled while on screen: the request's row changes as it happens. */
export function LiveQueueItem({ request }: { request: QueueItem }) {
  useLiveHelpRequest(request.id, isActiveStatus(request.status));
  return null;
}

export function queueRowAttributes(request: QueueItem): RowAttributes {
  return { 'data-testid': 'queue-row', 'data-status': request.status, 'data-request-id': request.id };
}

/** The queue's columns, once for its table and its cards; the request itself heads a card. */
export function useQueueColumns(now: Date): RowColumn<QueueItem>[] {
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
          <CategoryBadge category={request.category} />
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
