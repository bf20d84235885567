import { Skeleton, Text } from '@mantine/core';
import { dateTimeLocale } from '@relais/admin-i18n';
import { Suspense, lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryPoint } from './history-points';
import { dayDate } from './history-points';

// The charting library loads with the chart, not with the page.
const ScoreHistoryDrawing = lazy(() => import('./score-history-drawing').then((module) => ({ default: module.ScoreHistoryDrawing })));

export interface ScoreHistoryChartProps {
  points: readonly HistoryPoint[];
}

/** The score day by day; drawn from 0 to 1, so a small change looks small. */
export function ScoreHistoryChart({ points }: ScoreHistoryChartProps) {
  const { t, i18n } = useTranslation();
  const data = useMemo(() => {
    const day = new Intl.DateTimeFormat(dateTimeLocale(i18n.language), { day: 'numeric', month: 'short', timeZone: 'UTC' });
    return points.map((point) => ({ day: day.format(dayDate(point.day)), score: point.score }));
  }, [points, i18n.language]);

  if (points.length < 2) {
    return (
      <Text size="sm" c="dimmed" data-testid="leader-history-empty">
        {t('leaderPerson.historyEmpty')}
      </Text>
    );
  }
  return (
    <Suspense fallback={<Skeleton h={220} />}>
      <ScoreHistoryDrawing data={data} />
    </Suspense>
  );
}
