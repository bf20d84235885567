import { useQuery } from '@apollo/client';
import { Alert, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { LeaderOverviewDocument } from '@relais/admin-data-access';
import { PageSkeleton, QueryError } from '@relais/admin-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NeighbourhoodTopsTable } from './neighbourhood-tops-table';
import { overviewGroups } from './overview-groups';
import { RecruitList } from './recruit-list';

/** The city at a glance: each quartier's top three, and where nobody can be ranked yet. */
export function LeadersOverviewPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(LeaderOverviewDocument, { fetchPolicy: 'cache-and-network' });
  const groups = useMemo(() => overviewGroups(data?.leaderOverview ?? []), [data]);

  if (error) {
    return (
      <QueryError error={error} onRetry={() => refetch()} title={t('leaders.loadFailed')} testId="leaders-overview-error" />
    );
  }
  if (!data) {
    return (
      <PageSkeleton />
    );
  }
  if (data.leaderOverview.length === 0) {
    return (
      <Alert color="orange" title={t('leaders.title')} data-testid="leaders-no-neighbourhood">
        {t('leaders.noNeighbourhood')}
      </Alert>
    );
  }
  return (
    <Stack gap="md" data-testid="leaders-overview">
      <div>
        <Group gap="xs">
          <Title order={2}>{t('leaders.title')}</Title>
          {loading && <Loader size="xs" aria-label={t('app.loading')} />}
        </Group>
        <Text c="dimmed" size="sm" maw={760}>
          {t('leaders.intro')}
        </Text>
      </div>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('leaders.rankedTitle')}
          </Title>
          {groups.ranked.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('leaders.rankedEmpty')}
            </Text>
          ) : (
            <NeighbourhoodTopsTable rows={groups.ranked} />
          )}
        </Stack>
      </Paper>
      <RecruitList rows={groups.toRecruit} />
    </Stack>
  );
}
