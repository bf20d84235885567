import { useQuery } from '@apollo/client';
import { Alert, Anchor, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { LeaderPersonScoreDocument } from '@relais/admin-data-access';
import { PageSkeleton, QueryError } from '@relais/admin-ui';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { ScoreBreakdownBar } from '@relais/admin-feature-score-breakdown';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AmbassadorBadge } from './ambassador-badge';
import { ComponentExplanations } from './component-explanations';
import { DemoteButton } from './demote-button';
import { summaryPhrases } from './leader-facts';
import { neighbourhoodLeadersPath } from './leader-paths';
import { PeopleList } from './people-list';
import { PromoteButton } from './promote-button';
import { ScoreHistoryChart } from './score-history-chart';
import { useFactWords } from './use-fact-words';
import { useLeaderPalette } from './use-leader-palette';

export interface LeaderPersonPageProps {
  /** The quartier whose ranking led here: the way back. */
  neighbourhoodId: string;
  personId: string;
}

/** Six months: the demo's replayed history and a season of real use. */
export const HISTORY_DAYS = 180;
const PEOPLE_SHOWN = 20;

/** One person's standing, explained part by part in plain words, with promotion or demotion at hand. */
export function LeaderPersonPage({ neighbourhoodId, personId }: LeaderPersonPageProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const palette = useLeaderPalette();
  const words = useFactWords('theirs');
  const { data, loading, error, refetch } = useQuery(LeaderPersonScoreDocument, {
    variables: { personId, historyDays: HISTORY_DAYS, people: PEOPLE_SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  const score = data?.leaderScore ?? null;
  const neighbourhood = score?.neighbourhood ?? null;

  const back = (
    <Anchor component={Link} to={neighbourhoodLeadersPath(neighbourhood?.id ?? neighbourhoodId)} size="sm" data-testid="leader-person-back">
      {neighbourhood ? t('leaderPerson.back', { name: neighbourhood.name }) : t('leaders.allNeighbourhoods')}
    </Anchor>
  );

  if (error) {
    return (
      <Stack gap="md">
        {back}
        <QueryError error={error} onRetry={() => refetch()} title={t('leaderPerson.loadFailed')} testId="leader-person-error" />
      </Stack>
    );
  }
  if (!data && loading) {
    return (
      <PageSkeleton />
    );
  }
  if (!score || !neighbourhood) {
    return (
      <Stack gap="md">
        {back}
        <Alert color="orange" data-testid="leader-person-not-ranked">
          {t('leaderPerson.notRanked')}
        </Alert>
      </Stack>
    );
  }

  const { person } = score;
  const allTime = t('leaderPerson.allTime', { days: score.facts.windowDays });
  return (
    <Stack gap="md" data-testid="leader-person" data-person-id={person.id} data-ambassador={person.isAmbassador}>
      {back}
      <Group justify="space-between" align="flex-end">
        <div>
          <Group gap="sm">
            <Title order={2} data-testid="leader-person-name">
              {person.displayName}
            </Title>
            {person.isAmbassador && <AmbassadorBadge />}
          </Group>
          <Text c="dimmed" data-testid="leader-person-standing">
            {t('leaderPerson.standing', { rank: score.rank, neighbourhood: neighbourhood.name, score: format.score(score.score) })}
          </Text>
        </div>
        {person.isAmbassador ? (
          <DemoteButton person={person} neighbourhoodId={neighbourhood.id} size="sm" />
        ) : (
          <PromoteButton person={person} neighbourhood={neighbourhood} size="sm" />
        )}
      </Group>
      <Text data-testid="leader-person-summary">{words(summaryPhrases(score.facts))}</Text>
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={3} size="h4">
                {t('leaderPerson.components')}
              </Title>
              <ScoreBreakdownBar parts={score.components} palette={palette} />
              <ComponentExplanations parts={score.components} facts={score.facts} voice="theirs" />
              <Text size="xs" c="dimmed">
                {t('leaderPerson.window', { days: score.facts.windowDays })}
              </Text>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <Stack gap="xs">
                <div>
                  <Title order={3} size="h4">
                    {t('leaderPerson.history')}
                  </Title>
                  <Text size="xs" c="dimmed">
                    {t('leaderPerson.historyRange', { days: HISTORY_DAYS })}
                  </Text>
                </div>
                <ScoreHistoryChart points={score.history} />
              </Stack>
            </Paper>
            <PeopleList title={t('leaderPerson.endorsers')} hint={allTime} people={score.endorsers} testId="leader-endorsers" />
            <PeopleList title={t('leaderPerson.recruits')} hint={allTime} people={score.recruits} testId="leader-recruits" />
          </Stack>
        </Grid.Col>
      </Grid>
      <Text size="xs" c="dimmed">
        {t('leaders.computedAt', { date: format.dateTime(score.computedAt) })}
      </Text>
    </Stack>
  );
}
