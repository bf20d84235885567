import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { HelpRequestDetailsQuery } from '@relais/admin-data-access';
import { CategoryBadge, StatusBadge, ThanksGiven, useLocaleFormat } from '@relais/admin-feature-help-requests';
import { DetailField } from '@relais/admin-feature-neighbourhoods';
import { usePersonName } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';

export type RequestDetails = NonNullable<HelpRequestDetailsQuery['helpRequest']>;

export interface RequestSummaryProps {
  request: RequestDetails;
}

export function RequestSummary({ request }: RequestSummaryProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const name = usePersonName();
  const none = t('queue.none');
  const homework = [request.subject, request.level].filter(Boolean).join(' · ');
  return (
    <Stack gap="sm" data-testid="request-summary" data-status={request.status}>
      <Group gap="xs">
        <CategoryBadge category={request.category} />
        <StatusBadge status={request.status} />
      </Group>
      <Text data-testid="request-description" style={{ whiteSpace: 'pre-line' }}>
        {request.description}
      </Text>
      {homework && (
        <Text size="sm" c="dimmed">
          {homework}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <DetailField size="sm" label={t('request.requester')} testId="request-requester">
          {name(request.requester)}
        </DetailField>
        <DetailField size="sm" label={t('request.address')} testId="request-address">
          {request.address ?? t('request.noAddress')}
        </DetailField>
        <DetailField size="sm" label={t('request.neighbourhood')} testId="request-neighbourhood">
          {request.neighbourhood?.name ?? none}
        </DetailField>
        <DetailField size="sm" label={t('request.assignee')} testId="request-assignee">
          {request.assignee ? name(request.assignee) : none}
        </DetailField>
        <DetailField size="sm" label={t('request.postedAt')} testId="request-posted-at">
          {format.dateTime(request.createdAt)}
        </DetailField>
        <DetailField size="sm" label={t('request.neededBy')} testId="request-needed-by">
          {request.neededBy ? format.dateTime(request.neededBy) : t('request.noDeadline')}
        </DetailField>
      </SimpleGrid>
      {request.thanksGiven && (
        <ThanksGiven
          label={t('request.thanks')}
          rating={request.thanksGiven.rating}
          message={request.thanksGiven.message}
          createdAt={request.thanksGiven.createdAt}
        />
      )}
    </Stack>
  );
}
