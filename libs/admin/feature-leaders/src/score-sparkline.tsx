import { Skeleton, Text } from '@mantine/core';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryPoint } from './history-points';
import { sparklineValues, trendOf } from './history-points';

// The charting library loads with the first line drawn, not with the page.
const ScoreSparklineDrawing = lazy(() => import('./score-sparkline-drawing').then((module) => ({ default: module.ScoreSparklineDrawing })));

export interface ScoreSparklineProps {
  points: readonly HistoryPoint[];
  /** How far back the points go. */
  days: number;
}

/** A score's last months as a small line, green when rising, red when falling. */
export function ScoreSparkline({ points, days }: ScoreSparklineProps) {
  const { t } = useTranslation();
  const values = sparklineValues(points);
  if (!values) {
    return (
      <Text size="xs" c="dimmed">
        {t('leaders.noTrend')}
      </Text>
    );
  }
  return (
    <Suspense fallback={<Skeleton w={110} h={30} />}>
      <ScoreSparklineDrawing values={values} trend={trendOf(points)} label={t('leaders.trendLabel', { days })} />
    </Suspense>
  );
}
