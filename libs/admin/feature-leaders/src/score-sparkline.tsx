import { Sparkline } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HistoryPoint } from './history-points';
import { TREND_COLOURS, sparklineValues, trendOf } from './history-points';

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
  const trend = trendOf(points);
  return (
    <Sparkline
      w={110}
      h={30}
      data={values}
      curveType="monotone"
      color={TREND_COLOURS[trend]}
      fillOpacity={0.25}
      strokeWidth={1.5}
      role="img"
      aria-label={t('leaders.trendLabel', { days })}
      title={t('leaders.trendLabel', { days })}
      data-testid="leader-sparkline"
      data-trend={trend}
      data-points={values.length}
    />
  );
}
