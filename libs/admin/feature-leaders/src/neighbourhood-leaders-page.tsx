import { useQuery } from '@apollo/client';
import { Alert, Anchor, Button, Grid, Group, Loader, Pagination, Select, Stack, Text, Title } from '@mantine/core';
import { LeaderBoardDocument, errorMessage, isScopeRefusal } from '@relais/admin-data-access';
import { OutOfScopeNotice, QueryError } from '@relais/admin-ui';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import type { NeighbourhoodOption } from '@relais/admin-feature-neighbourhoods';
import { useNeighbourhoodChoice } from '@relais/admin-feature-neighbourhoods';
import { ScoreLegend } from '@relais/admin-feature-score-breakdown';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ambassadorsArgument } from './ambassador-filter';
import { CurrentAmbassadors } from './current-ambassadors';
import { LeaderBoardTable } from './leader-board-table';
import type { LeaderFilterValues } from './leader-filters';
import { LeaderFilters } from './leader-filters';
import { LEADERS_PATH, neighbourhoodLeadersPath } from './leader-paths';
import { SuggestedAmbassadors } from './suggested-ambassadors';
import { useLeaderPalette } from './use-leader-palette';
import { useRefreshScores } from './use-refresh-scores';

export const LEADERS_PER_PAGE = 20;
/** The sparklines' reach: about three months of weekly or daily computations. */
export const SPARKLINE_DAYS = 90;

export interface NeighbourhoodLeadersPageProps {
  neighbourhoodId: string;
  /** The quartiers the viewer organises. */
  organiserOf: readonly NeighbourhoodOption[];
  /** ADMIN: every quartier may be picked. */
  everywhere: boolean;
}

/** A quartier's leaders, best first, each score explained, and who relays the organisation there. */
export function NeighbourhoodLeadersPage({ neighbourhoodId, organiserOf, everywhere }: NeighbourhoodLeadersPageProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const navigate = useNavigate();
  const palette = useLeaderPalette();
  const choice = useNeighbourhoodChoice(organiserOf, everywhere);
  const refresh = useRefreshScores(neighbourhoodId);
  const [filters, setFilters] = useState<LeaderFilterValues>({ category: null, ambassadors: 'all' });
  const [page, setPage] = useState(1);

  // Other filters start again at page 1 (adjusted during render, as the people page does).
  const filterKey = `${filters.category ?? ''}\u0000${filters.ambassadors}`;
  const [pageFilterKey, setPageFilterKey] = useState(filterKey);
  if (filterKey !== pageFilterKey) {
    setPageFilterKey(filterKey);
    setPage(1);
  }

  const { data, previousData, loading, error, refetch } = useQuery(LeaderBoardDocument, {
    variables: {
      neighbourhoodId,
      category: filters.category,
      ambassadors: ambassadorsArgument(filters.ambassadors),
      first: LEADERS_PER_PAGE,
      offset: (page - 1) * LEADERS_PER_PAGE,
      historyDays: SPARKLINE_DAYS,
    },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const leaders = shown?.leaderBoard.items ?? [];
  const total = shown?.leaderBoard.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / LEADERS_PER_PAGE));
  const unfiltered = filters.category === null && filters.ambassadors === 'all';
  const name = choice.options.find((n) => n.id === neighbourhoodId)?.name ?? leaders[0]?.neighbourhood.name ?? null;
  const neighbourhood = { id: neighbourhoodId, name: name ?? '' };
  const computedAt = leaders[0]?.computedAt ?? null;
  // A quartier the viewer does not organise, or no longer there: said once, with no panels asking in vain.
  const outOfScope = isScopeRefusal(error);

  return (
    <Stack gap="md">
      <Anchor component={Link} to={LEADERS_PATH} size="sm" data-testid="leaders-back">
        {t('leaders.allNeighbourhoods')}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} data-testid="leaders-title">
            {name ? t('leaders.pageTitle', { name }) : t('leaders.pageTitleLoading')}
          </Title>
          <Group gap="xs">
            {!outOfScope && (
              <Text c="dimmed" data-testid="leaders-count">
                {t('leaders.count', { count: total })}
              </Text>
            )}
            {computedAt && (
              <Text c="dimmed" size="sm">
                · {t('leaders.computedAt', { date: format.dateTime(computedAt) })}
              </Text>
            )}
            {loading && <Loader size="xs" aria-label={t('app.loading')} />}
          </Group>
        </div>
        <Group align="flex-end">
          {!outOfScope && (
            <Button variant="light" onClick={() => void refresh.refresh()} loading={refresh.loading} data-testid="leaders-refresh">
              {t('leaders.refresh')}
            </Button>
          )}
          <Select
            label={t('leaders.neighbourhood')}
            placeholder={t('leaders.neighbourhoodPlaceholder')}
            data={choice.selectData}
            value={choice.options.some((n) => n.id === neighbourhoodId) ? neighbourhoodId : null}
            onChange={(id) => {
              if (id) void navigate(neighbourhoodLeadersPath(id));
            }}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('leaders.nothingFound')}
            w={260}
            data-testid="leaders-neighbourhood"
          />
        </Group>
      </Group>
      {refresh.done && (
        <Alert color="green" withCloseButton onClose={refresh.dismiss} data-testid="leaders-refreshed">
          {t('leaders.refreshed')}
        </Alert>
      )}
      {refresh.error && (
        <Alert color="red" title={t('leaders.refreshFailed')} withCloseButton onClose={refresh.dismiss}>
          {errorMessage(refresh.error)}
        </Alert>
      )}
      {outOfScope ? (
        <OutOfScopeNotice testId="leaders-out-of-scope" />
      ) : (
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="sm">
              <LeaderFilters value={filters} onChange={setFilters} />
              {error && (
                <QueryError error={error} onRetry={() => refetch()} title={t('leaders.loadFailed')} testId="leaders-error" />
              )}
              {leaders[0] && <ScoreLegend parts={leaders[0].components} palette={palette} />}
              {leaders.length > 0 && <LeaderBoardTable leaders={leaders} neighbourhood={neighbourhood} historyDays={SPARKLINE_DAYS} />}
              {shown && leaders.length === 0 && (
                <Text c="dimmed" data-testid="leaders-empty">
                  {unfiltered ? t('leaders.emptyRanking') : t('leaders.empty')}
                </Text>
              )}
              {pages > 1 && <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} data-testid="leaders-pagination" />}
              <Text size="xs" c="dimmed">
                {t('leaders.barHint')}
              </Text>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="md">
              <SuggestedAmbassadors neighbourhood={neighbourhood} />
              <CurrentAmbassadors neighbourhoodId={neighbourhoodId} />
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
