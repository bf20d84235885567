import { Button, Group, Stack, Text } from '@mantine/core';
import type { MatchCandidatesQuery } from '@relais/admin-data-access';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { ScoreBreakdownBar } from '@relais/admin-feature-score-breakdown';
import { useTranslation } from 'react-i18next';
import { useMatchPalette } from './use-match-palette';

export type Candidate = MatchCandidatesQuery['matchCandidates'][number];

export interface CandidateRowProps {
  candidate: Candidate;
  rank: number;
  onAssign: () => void;
  assigning: boolean;
  /** While one assignment runs, the others wait. */
  disabled: boolean;
}

export function CandidateRow({ candidate, rank, onAssign, assigning, disabled }: CandidateRowProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const palette = useMatchPalette();
  return (
    <Stack gap={6} data-testid="candidate-row" data-volunteer-id={candidate.volunteer.id} data-score={candidate.score.toFixed(4)}>
      <Group justify="space-between" wrap="nowrap">
        <div>
          <Text fw={600} data-testid="candidate-name">
            {rank}. {candidate.volunteer.displayName}
          </Text>
          <Text size="xs" c="dimmed">
            {t('request.candidateLine', { score: format.score(candidate.score), distance: format.distance(candidate.distanceMeters) })}
          </Text>
        </div>
        <Button
          size="xs"
          onClick={onAssign}
          loading={assigning}
          disabled={disabled && !assigning}
          aria-label={t('accessible.assignTo', { name: candidate.volunteer.displayName })}
          data-testid="candidate-assign"
        >
          {t('request.assign')}
        </Button>
      </Group>
      <ScoreBreakdownBar parts={candidate.components} palette={palette} />
    </Stack>
  );
}
