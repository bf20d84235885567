import { useQuery } from '@apollo/client';
import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { MatchWeightsInput, MatchWeightsPreviewQuery } from '@relais/admin-data-access';
import { MatchWeightsPreviewDocument, errorMessage } from '@relais/admin-data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MoveBadge } from './move-badge';
import { PreviewQuartierSelect } from './preview-quartier-select';
import { candidateMoves } from './preview-moves';
import { PreviewFrame } from './preview-frame';
import { useDebouncedEdit } from './use-debounced-edit';

type PreviewRequest = MatchWeightsPreviewQuery['matchWeightsPreview']['requests'][number];
type Candidate = PreviewRequest['current'][number];

/** Candidates shown per request: the first few, as an organiser reads them. */
const CANDIDATES_SHOWN = 3;

export interface MatchWeightsPreviewPanelProps {
  /** The edited weights, or null while the form holds a value the API would refuse. */
  weights: MatchWeightsInput | null;
  unchanged: boolean;
}

/** The chosen quartier's oldest open requests, with their best candidates today and under the edited weights. */
export function MatchWeightsPreviewPanel({ weights, unchanged }: MatchWeightsPreviewPanelProps) {
  const { t } = useTranslation();
  const [quartier, setQuartier] = useState<string | null>(null);
  const { asked, pending } = useDebouncedEdit(weights);
  const { data, previousData, loading, error } = useQuery(MatchWeightsPreviewDocument, {
    variables: { weights: asked ?? {}, neighbourhoodId: quartier ?? '', first: CANDIDATES_SHOWN },
    skip: !asked || !quartier,
  });
  const preview = (data ?? previousData)?.matchWeightsPreview;
  const requests = preview?.requests ?? [];
  const changedFirst = requests.filter((request) => candidateMoves(request.current, request.edited).newFirst).length;

  return (
    <PreviewFrame
      intro={t('matchSettings.preview.intro')}
      picker={<PreviewQuartierSelect value={quartier} onChange={setQuartier} measure="openNeeds" testId="match-preview-quartier" />}
      invalid={!weights}
      unchanged={unchanged}
      loading={loading || pending}
      failure={error ? errorMessage(error) : null}
      testId="match-preview"
    >
      {preview && requests.length === 0 && <Text c="dimmed">{t('matchSettings.preview.none')}</Text>}
      {requests.length > 0 && (
        <Text fw={500} data-testid="match-preview-summary">
          {t('matchSettings.preview.summary', { count: changedFirst, total: requests.length })}
        </Text>
      )}
      {requests.map((request) => (
        <RequestPreview key={request.helpRequest.id} request={request} />
      ))}
      {preview && preview.openRequests > requests.length && (
        <Text size="sm" c="dimmed">
          {t('matchSettings.preview.more', { count: preview.openRequests - requests.length })}
        </Text>
      )}
    </PreviewFrame>
  );
}

interface RequestPreviewProps {
  request: PreviewRequest;
}

function RequestPreview({ request }: RequestPreviewProps) {
  const { t } = useTranslation();
  const moves = candidateMoves(request.current, request.edited);
  return (
    <Paper withBorder p="sm" data-testid="match-preview-request" data-changed={moves.newFirst} style={moves.newFirst ? { borderColor: 'var(--mantine-color-teal-5)' } : undefined}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={500} size="sm">
              {t(`categories.${request.helpRequest.category}`)}
            </Text>
            <Text size="sm" c="dimmed" lineClamp={1}>
              {request.helpRequest.description}
            </Text>
          </div>
          {moves.newFirst && (
            <Badge color="teal" variant="light" style={{ flexShrink: 0 }}>
              {t('matchSettings.preview.newFirst')}
            </Badge>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <CandidateList title={t('matchSettings.preview.current')} rows={request.current.map((candidate) => ({ candidate }))} testId="match-preview-current" />
          <CandidateList title={t('matchSettings.preview.edited')} rows={moves.edited} testId="match-preview-edited" />
        </SimpleGrid>
        {moves.dropped.length > 0 && (
          <Text size="xs" c="red.8">
            {t('matchSettings.preview.dropped', { names: moves.dropped.map((candidate) => candidate.volunteer.displayName).join(', ') })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

interface CandidateListProps {
  title: string;
  rows: { candidate: Candidate; move?: ReturnType<typeof candidateMoves>['edited'][number]['move'] }[];
  testId: string;
}

function CandidateList({ title, rows, testId }: CandidateListProps) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  return (
    <Stack gap={4} data-testid={testId}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {title}
      </Text>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('matchSettings.preview.noCandidate')}
        </Text>
      )}
      <Stack gap={4} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {rows.map(({ candidate, move }, i) => (
          <Group
            component="li"
            key={candidate.volunteer.id}
            gap={6}
            wrap="nowrap"
            data-testid="match-preview-candidate"
            data-move={move?.kind}
            style={move && move.kind !== 'same' ? { background: 'var(--mantine-color-yellow-light)', borderRadius: 4 } : undefined}
          >
            <Text size="sm" w={18} ta="right" c="dimmed">
              {i + 1}.
            </Text>
            <Text size="sm" truncate style={{ flex: 1, minWidth: 0 }} data-testid="match-preview-name">
              {candidate.volunteer.displayName}
            </Text>
            <Text size="xs" c="dimmed">
              {t('matchSettings.preview.score', { score: percent.format(candidate.score * 100) })}
            </Text>
            {move && <MoveBadge move={move} />}
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}
