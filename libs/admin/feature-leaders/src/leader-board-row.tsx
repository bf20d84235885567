import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { LeaderBoardQuery } from '@relais/admin-data-access';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { ScoreBreakdownBar } from '@relais/admin-feature-score-breakdown';
import type { RowAttributes, RowColumn } from '@relais/admin-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AmbassadorBadge } from './ambassador-badge';
import { summaryPhrases } from './leader-facts';
import { leaderPersonPath } from './leader-paths';
import { PromoteButton } from './promote-button';
import { ScoreSparkline } from './score-sparkline';
import { useFactWords } from './use-fact-words';
import { useLeaderPalette } from './use-leader-palette';

export type LeaderRow = LeaderBoardQuery['leaderBoard']['items'][number];

export function leaderRowAttributes(leader: LeaderRow): RowAttributes {
  return { 'data-testid': 'leader-row', 'data-person-id': leader.person.id, 'data-rank': leader.rank, 'data-ambassador': leader.person.isAmbassador };
}

/** The leader board's columns, once for its table and its cards; the person heads a card. */
export function useLeaderColumns(neighbourhood: { id: string; name: string }, historyDays: number): RowColumn<LeaderRow>[] {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const palette = useLeaderPalette();
  const words = useFactWords('theirs');
  return [
    {
      key: 'rank',
      header: t('leaders.rank'),
      cell: (leader) => (
        <Text fw={700} data-testid="leader-rank">
          {leader.rank}
        </Text>
      ),
    },
    {
      key: 'person',
      header: t('leaders.person'),
      card: 'heading',
      miw: 300,
      cell: ({ person, facts, components }) => (
        <Stack gap={4}>
          <Group gap={6}>
            <Anchor component={Link} to={leaderPersonPath(neighbourhood.id, person.id)} size="sm" fw={600} data-testid="leader-name">
              {person.displayName}
            </Anchor>
            {person.isAmbassador && <AmbassadorBadge />}
          </Group>
          <Text size="xs" c="dimmed" data-testid="leader-summary">
            {words(summaryPhrases(facts))}
          </Text>
          <ScoreBreakdownBar parts={components} palette={palette} size={12} />
        </Stack>
      ),
    },
    {
      key: 'score',
      header: t('leaders.score'),
      cell: (leader) => (
        <Stack gap={2}>
          <Text size="sm" fw={600} data-testid="leader-score" data-score={leader.score.toFixed(4)}>
            {format.score(leader.score)}
          </Text>
          <ScoreSparkline points={leader.history} days={historyDays} />
        </Stack>
      ),
    },
    {
      key: 'actions',
      header: t('leaders.actions'),
      card: 'actions',
      cell: ({ person }) => !person.isAmbassador && <PromoteButton person={person} neighbourhood={neighbourhood} />,
    },
  ];
}
