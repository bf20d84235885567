import { Anchor, Stack, Table, Text } from '@mantine/core';
import type { HelpRequestQueueQuery } from '@relais/admin-data-access';
import { CategoryBadge, StatusBadge, isActiveStatus, useLiveHelpRequest } from '@relais/admin-feature-help-requests';
import { usePersonName } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AgeBadge } from './age-badge';

export type QueueItem = HelpRequestQueueQuery['helpRequestQueue']['items'][number];

export interface QueueRowProps {
  request: QueueItem;
  now: Date;
}

export function QueueRow({ request, now }: QueueRowProps) {
  const { t } = useTranslation();
  const name = usePersonName();
  // Taken, given back or cancelled while on screen: the row changes as it happens.
  useLiveHelpRequest(request.id, isActiveStatus(request.status));
  const none = t('queue.none');
  return (
    <Table.Tr data-testid="queue-row" data-status={request.status} data-request-id={request.id}>
      <Table.Td>
        <AgeBadge createdAt={request.createdAt} now={now} waiting={request.status === 'OPEN'} />
      </Table.Td>
      <Table.Td maw={340}>
        <Stack gap={4} align="flex-start">
          <CategoryBadge category={request.category} />
          <Anchor component={Link} to={`/requests/${request.id}`} size="sm" lineClamp={2} data-testid="queue-row-open">
            {request.description}
          </Anchor>
        </Stack>
      </Table.Td>
      <Table.Td>
        <StatusBadge status={request.status} />
      </Table.Td>
      <Table.Td data-testid="queue-row-assignee">
        <Text size="sm">{request.assignee ? name(request.assignee) : none}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{name(request.requester)}</Text>
        <Text size="xs" c="dimmed" data-testid="queue-row-address">
          {request.address ?? none}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
