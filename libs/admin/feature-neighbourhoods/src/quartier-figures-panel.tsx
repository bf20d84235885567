import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QuartierFigures } from './city-measures';
import { DetailField } from './detail-field';

export interface QuartierFiguresPanelProps {
  quartier: { id: string; name: string; city: string } | null;
  figures: QuartierFigures | null;
  format: (value: number | null) => string;
  /** The queue's path for a quartier; the feature-queue lib owns it. */
  queuePath: (id: string) => string;
}

const ROWS = ['residents', 'volunteers', 'volunteersPerThousand', 'openNeeds', 'staleNeeds', 'rankedVolunteers', 'ambassadors', 'recruitingNeed'] as const;

/** The selected quartier's figures, and where to act on them. */
export function QuartierFiguresPanel({ quartier, figures, format, queuePath }: QuartierFiguresPanelProps) {
  const { t } = useTranslation();
  if (!quartier) {
    return (
      <Paper withBorder p="md" data-testid="quartier-panel">
        <Text c="dimmed">{t('cityMap.selectHint')}</Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="md" data-testid="quartier-panel">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" data-testid="quartier-panel-name">
            {quartier.name}
          </Title>
          <Text size="sm" c="dimmed">
            {quartier.city}
          </Text>
        </div>
        {figures ? (
          <>
            {ROWS.map((row) => (
              <DetailField key={row} label={t(`cityMap.${row}`)} testId={`quartier-figure-${row}`}>
                {format(figures[row])}
              </DetailField>
            ))}
            <Anchor component={Link} to={queuePath(quartier.id)} data-testid="quartier-panel-queue">
              {t('cityMap.openQueue')}
            </Anchor>
            <Anchor component={Link} to={`/leaders/${encodeURIComponent(quartier.id)}`} data-testid="quartier-panel-leaders">
              {t('cityMap.openLeaders')}
            </Anchor>
          </>
        ) : (
          <Text size="sm" c="dimmed" data-testid="quartier-panel-not-yours">
            {t('cityMap.notYours')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
