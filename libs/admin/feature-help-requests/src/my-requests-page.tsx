import { useQuery } from '@apollo/client';
import { Center, Group, Loader, Pagination, Paper, Stack, Text, Title } from '@mantine/core';
import { MyHelpRequestsDocument } from '@relais/admin-data-access';
import { QueryError } from '@relais/admin-ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddressReadsSection } from './address-reads-section';
import { LiveBadge } from './live-badge';
import { MyRequestCard } from './my-request-card';
import { PostHelpRequestForm } from './post-help-request-form';
import { useMyRequestsLive } from './use-my-requests-live';

export const MY_REQUESTS_PER_PAGE = 10;

/** "Mes demandes": post a need, follow the ones posted, thank whoever helped. */
export function MyRequestsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error, refetch } = useQuery(MyHelpRequestsDocument, {
    variables: { first: MY_REQUESTS_PER_PAGE, offset: (page - 1) * MY_REQUESTS_PER_PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const items = useMemo(() => shown?.myHelpRequests.items ?? [], [shown]);
  const ids = useMemo(() => items.map((item) => item.id), [items]);
  useMyRequestsLive(ids, refetch);
  const pages = Math.max(1, Math.ceil((shown?.myHelpRequests.totalCount ?? 0) / MY_REQUESTS_PER_PAGE));

  return (
    <Stack gap="lg" maw={720}>
      <Title order={2}>{t('myRequests.title')}</Title>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('post.title')}
          </Title>
          <PostHelpRequestForm onPosted={() => setPage(1)} />
        </Stack>
      </Paper>
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={3} size="h4">
              {t('myRequests.listTitle')}
            </Title>
            {loading && <Loader size="xs" aria-label={t('app.loading')} />}
          </Group>
          <LiveBadge />
        </Group>
        {error && (
          <QueryError error={error} onRetry={() => refetch()} title={t('myRequests.loadFailed')} testId="my-requests-error" />
        )}
        {!shown && loading && (
          <Center h={120}>
            <Loader aria-label={t('app.loading')} />
          </Center>
        )}
        {shown && items.length === 0 && (
          <Text c="dimmed" data-testid="my-requests-empty">
            {t('myRequests.empty')}
          </Text>
        )}
        <Stack gap="sm" data-testid="my-requests">
          {items.map((request) => (
            <MyRequestCard key={request.id} request={request} />
          ))}
        </Stack>
        {pages > 1 && <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} data-testid="my-requests-pagination" />}
      </Stack>
      <AddressReadsSection />
    </Stack>
  );
}
