import { useQuery } from '@apollo/client';
import { Button, Group, Loader, Pagination, Stack, Text, Title } from '@mantine/core';
import { MyHelpRequestsDocument } from '@relais/admin-data-access';
import { PageSkeleton, QueryError } from '@relais/admin-ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddressReadsSection } from './address-reads-section';
import { LiveBadge } from './live-badge';
import { MyRequestCard } from './my-request-card';
import { NewRequestDialog } from './new-request-dialog';
import { PublishedBanner } from './published-banner';
import type { Published } from './published-banner-state';
import { useMyRequestsLive } from './use-my-requests-live';

export const MY_REQUESTS_PER_PAGE = 10;

/** "Mes demandes": the resident's requests first, a new one from a button, thanks to whoever helped. */
export function MyRequestsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [composing, setComposing] = useState(false);
  const [published, setPublished] = useState<Published | null>(null);
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
  const publishedStatus = items.find((item) => item.id === published?.requestId)?.status ?? null;

  return (
    <Stack gap="lg" maw={720}>
      <Group justify="space-between" align="center">
        <Title order={2}>{t('myRequests.title')}</Title>
        <Button size="md" onClick={() => setComposing(true)} data-testid="post-open">
          {t('newRequest.open')}
        </Button>
      </Group>
      <NewRequestDialog
        opened={composing}
        onClose={() => setComposing(false)}
        onPosted={(requestId) => {
          setComposing(false);
          setPage(1);
          setPublished({ requestId, at: new Date() });
        }}
      />
      <PublishedBanner published={published} status={publishedStatus} onDismiss={() => setPublished(null)} />
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
          <PageSkeleton title={false} rows={2} />
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
