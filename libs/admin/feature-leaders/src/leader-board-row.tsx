import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import type { LeaderBoardQuery } from '@relais/admin-data-access';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { ScoreBreakdownBar } from '@relais/admin-feature-score-breakdown';
import { Link } from 'react-router';
import { AmbassadorBadge } from './ambassador-badge';
import { summaryPhrases } from './leader-facts';
import { leaderPersonPath } from './leader-paths';
import { PromoteButton } from './promote-button';
import { ScoreSparkline } from './score-sparkline';
import { useFactWords } from './use-fact-words';
import { useLeaderPalette } from './use-leader-palette';

export type LeaderRow = LeaderBoardQuery['leaderBoard']['items'][number];

export interface LeaderBoardRowProps {
  leader: LeaderRow;
  neighbourhood: { id: string; name: string };
  historyDays: number;
}

export function LeaderBoardRow({ leader, neighbourhood, historyDays }: LeaderBoardRowProps) {
  const format = useLocaleFormat();
  const palette = useLeaderPalette();
  const words = useFactWords('theirs');
  const { person } = leader;
  return (
    <Table.Tr data-testid="leader-row" data-person-id={person.id} data-rank={leader.rank} data-ambassador={person.isAmbassador}>
      <Table.Td>
        <Text fw={700} data-testid="leader-rank">
          {leader.rank}
        </Text>
      </Table.Td>
      <Table.Td miw={300}>
        <Stack gap={4}>
          <Group gap={6}>
            <Anchor component={Link} to={leaderPersonPath(neighbourhood.id, person.id)} size="sm" fw={600} data-testid="leader-name">
              {person.displayName}
            </Anchor>
            {person.isAmbassador && <AmbassadorBadge />}
          </Group>
          <Text size="xs" c="dimmed" data-testid="leader-summary">
            {words(summaryPhrases(leader.facts))}
          </Text>
          <ScoreBreakdownBar parts={leader.components} palette={palette} size={12} />
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm" fw={600} data-testid="leader-score" data-score={leader.score.toFixed(4)}>
            {format.score(leader.score)}
          </Text>
          <ScoreSparkline points={leader.history} days={historyDays} />
        </Stack>
      </Table.Td>
      <Table.Td>{!person.isAmbassador && <PromoteButton person={person} neighbourhood={neighbourhood} />}</Table.Td>
    </Table.Tr>
  );
}
