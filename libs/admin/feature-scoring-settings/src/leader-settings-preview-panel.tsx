import { useQuery } from '@apollo/client';
import { Group, Paper, Stack, Text } from '@mantine/core';
import type { LeaderSettingsInput, LeaderSettingsPreviewQuery } from '@relais/admin-data-access';
import { LeaderSettingsPreviewDocument, errorMessage } from '@relais/admin-data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MoveBadge } from './move-badge';
import { PreviewFrame } from './preview-frame';
import { PreviewQuartierSelect } from './preview-quartier-select';
import { rankMove } from './preview-moves';
import { useDebouncedEdit } from './use-debounced-edit';

type PreviewRow = LeaderSettingsPreviewQuery['leaderSettingsPreview']['rows'][number];

/** Places compared: the top of a ranking, as the leaders' page shows it. */
const PLACES_SHOWN = 10;

export interface LeaderSettingsPreviewPanelProps {
  /** The edited settings, or null while the form holds a value the API would refuse. */
  settings: LeaderSettingsInput | null;
  unchanged: boolean;
}

/** The chosen quartier's top places under the settings in use and under the edited ones: who moves up, down, in or out. */
export function LeaderSettingsPreviewPanel({ settings, unchanged }: LeaderSettingsPreviewPanelProps) {
  const { t } = useTranslation();
  const [quartier, setQuartier] = useState<string | null>(null);
  const { asked, pending } = useDebouncedEdit(settings);
  const { data, previousData, loading, error } = useQuery(LeaderSettingsPreviewDocument, {
    variables: { settings: asked ?? {}, neighbourhoodId: quartier ?? '', first: PLACES_SHOWN },
    skip: !asked || !quartier,
  });
  const preview = (data ?? previousData)?.leaderSettingsPreview;
  const rows = preview?.rows ?? [];
  const moved = rows.filter((row) => row.current.rank !== row.edited.rank).length;

  return (
    <PreviewFrame
      intro={t('leaderSettings.preview.intro')}
      picker={<PreviewQuartierSelect value={quartier} onChange={setQuartier} measure="rankedVolunteers" testId="leader-preview-quartier" />}
      invalid={!settings}
      unchanged={unchanged}
      loading={loading || pending}
      failure={error ? errorMessage(error) : null}
      testId="leader-preview"
    >
      {preview && rows.length === 0 && <Text c="dimmed">{t('leaderSettings.preview.none')}</Text>}
      {rows.length > 0 && (
        <Text fw={500} data-testid="leader-preview-summary">
          {t('leaderSettings.preview.summary', { count: moved, total: preview?.ranked ?? 0 })}
        </Text>
      )}
      <Stack gap={6} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {rows.map((row) => (
          <PlaceRow key={row.person.id} row={row} />
        ))}
      </Stack>
    </PreviewFrame>
  );
}

interface PlaceRowProps {
  row: PreviewRow;
}

function PlaceRow({ row }: PlaceRowProps) {
  const { t, i18n } = useTranslation();
  const move = rankMove(row.current.rank, row.edited.rank, PLACES_SHOWN);
  const score = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  const out = move.kind === 'out';
  return (
    <Paper
      component="li"
      withBorder
      px="sm"
      py={6}
      data-testid="leader-preview-row"
      data-move={move.kind}
      style={move.kind === 'same' ? undefined : { background: out ? 'var(--mantine-color-red-light)' : 'var(--mantine-color-yellow-light)' }}
    >
      <Group gap="sm" wrap="nowrap">
        <Text size="sm" fw={600} w={52} style={{ flexShrink: 0 }} c={out ? 'dimmed' : undefined}>
          {out ? '—' : t('leaderSettings.preview.rank', { rank: row.edited.rank })}
        </Text>
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" truncate data-testid="leader-preview-name">
            {row.person.displayName}
          </Text>
          <Text size="xs" c="dimmed">
            {t('leaderSettings.preview.was', { rank: row.current.rank })} · {t('leaderSettings.preview.scores', { current: score.format(row.current.score * 100), edited: score.format(row.edited.score * 100) })}
          </Text>
        </Stack>
        <MoveBadge move={move} />
      </Group>
    </Paper>
  );
}
