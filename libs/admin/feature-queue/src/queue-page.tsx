import { useQuery } from '@apollo/client';
import { Alert, Grid, Group, Loader, Pagination, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { DeskQueueDocument } from '@relais/admin-data-access';
import { QueryError } from '@relais/admin-ui';
import { LiveBadge } from '@relais/admin-feature-help-requests';
import type { NeighbourhoodOption } from '@relais/admin-feature-neighbourhoods';
import { useNeighbourhoodChoice } from '@relais/admin-feature-neighbourhoods';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AutoAssignPanel } from './auto-assign-panel';
import { DeskQuartiers } from './desk-quartiers';
import { deskQuartier, statusesOf } from './desk-view';
import { FreshArrivals } from './fresh-arrivals';
import { OpenRequestsMapOnDemand } from './request-maps-on-demand';
import type { QueueFilterValues } from './queue-filters';
import { QueueFilters } from './queue-filters';
import { QUEUE_NEIGHBOURHOOD_PARAM } from './queue-path';
import { QueueTable } from './queue-table';
import { useDeskLive } from './use-desk-live';

export const QUEUE_PER_PAGE = 20;
/** The socket brings every change; this only heals one missed while it was away. */
const REFRESH_MS = 120_000;
/** The quartier selector's entry for all of the viewer's quartiers. */
const ALL_QUARTIERS = 'all';
const HOURS_DEBOUNCE_MS = 300;

export interface QueuePageProps {
  /** The quartiers the viewer organises. */
  organiserOf: readonly NeighbourhoodOption[];
  /** ADMIN: every quartier may be picked. */
  everywhere: boolean;
}

/**
 * "File du quartier": the requests of all the viewer's quartiers (or of one), what needs action
 * first, unmatched before taken, live.
 */
export function QueuePage({ organiserOf, everywhere }: QueuePageProps) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const choice = useNeighbourhoodChoice(organiserOf, everywhere);
  const asked = params.get(QUEUE_NEIGHBOURHOOD_PARAM);
  const several = everywhere || choice.options.length > 1;
  const optionIds = useMemo(() => choice.options.map((n) => n.id), [choice.options]);
  // Null: every quartier of the viewer's, which is where an organiser of several starts.
  const neighbourhoodId = deskQuartier(asked, optionIds, several);
  const ready = !choice.loading && choice.options.length > 0;
  const [filters, setFilters] = useState<QueueFilterValues>({ status: 'NEEDS_ACTION', category: null, unmatchedForHours: null });
  const [unmatchedForHours] = useDebouncedValue(filters.unmatchedForHours, HOURS_DEBOUNCE_MS);
  const [page, setPage] = useState(1);

  // Another quartier or filter starts again at page 1 (adjusted during render, as the people page does).
  const filterKey = [neighbourhoodId, filters.status, filters.category, unmatchedForHours].join('\u0000');
  const [pageFilterKey, setPageFilterKey] = useState(filterKey);
  if (filterKey !== pageFilterKey) {
    setPageFilterKey(filterKey);
    setPage(1);
  }

  const { data, previousData, loading, error, refetch } = useQuery(DeskQueueDocument, {
    variables: {
      neighbourhoodId,
      statuses: statusesOf(filters.status),
      category: filters.category,
      unmatchedForHours,
      first: QUEUE_PER_PAGE,
      offset: (page - 1) * QUEUE_PER_PAGE,
    },
    skip: !ready,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
    pollInterval: REFRESH_MS,
  });
  const shown = data ?? previousData;
  const items = useMemo(() => shown?.deskQueue.items ?? [], [shown]);
  const shownIds = useMemo(() => items.map((item) => item.id), [items]);
  const live = useDeskLive(neighbourhoodId, shownIds, ready);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const arrivals = live.freshRows.filter((row) => !dismissed.has(row.id));
  const totalCount = shown?.deskQueue.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(totalCount / QUEUE_PER_PAGE));

  if (!choice.loading && choice.options.length === 0) {
    return (
      <Alert color="orange" title={t('queue.title')} data-testid="queue-no-neighbourhood">
        {t('queue.noNeighbourhood')}
      </Alert>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('queue.title')}</Title>
          <Group gap="xs">
            <Text c="dimmed" data-testid="queue-count">
              {t('queue.count', { count: totalCount })}
            </Text>
            {loading && <Loader size="xs" aria-label={t('app.loading')} />}
          </Group>
        </div>
        <Group align="flex-end">
          <LiveBadge />
          <Select
            label={t('queue.neighbourhood')}
            placeholder={t('queue.neighbourhoodPlaceholder')}
            data={several ? [{ value: ALL_QUARTIERS, label: t(everywhere ? 'desk.wholeCity' : 'desk.allMine') }, ...choice.selectData] : choice.selectData}
            value={neighbourhoodId ?? ALL_QUARTIERS}
            onChange={(id) => {
              if (id) setParams(id === ALL_QUARTIERS ? {} : { [QUEUE_NEIGHBOURHOOD_PARAM]: id });
            }}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('queue.nothingFound')}
            w={260}
            data-testid="queue-neighbourhood"
          />
        </Group>
      </Group>
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="sm">
            <QueueFilters value={filters} onChange={setFilters} />
            <FreshArrivals arrivals={arrivals} onDismiss={() => setDismissed(new Set([...dismissed, ...live.freshIds]))} />
            {error && (
              <QueryError error={error} onRetry={() => refetch()} title={t('queue.loadFailed')} testId="queue-error" />
            )}
            {items.length > 0 && <QueueTable requests={items} freshIds={live.freshIds} showQuartier={neighbourhoodId === null} />}
            {shown && items.length === 0 && (
              <Text c="dimmed" data-testid="queue-empty">
                {t('queue.empty')}
              </Text>
            )}
            {pages > 1 && <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} data-testid="queue-pagination" />}
            <Text size="xs" c="dimmed">
              {t('queue.ageLegend')}
            </Text>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          {neighbourhoodId ? (
            <Stack gap="md">
              <AutoAssignPanel key={neighbourhoodId} neighbourhoodId={neighbourhoodId} />
              <OpenRequestsMapOnDemand neighbourhoodId={neighbourhoodId} />
            </Stack>
          ) : (
            ready && <DeskQuartiers options={choice.options} onPick={(id) => setParams({ [QUEUE_NEIGHBOURHOOD_PARAM]: id })} />
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
