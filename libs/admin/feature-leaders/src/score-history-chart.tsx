import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { dateTimeLocale } from '@relais/admin-i18n';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryPoint } from './history-points';
import { dayDate } from './history-points';

export interface ScoreHistoryChartProps {
  points: readonly HistoryPoint[];
}

/** The score day by day; drawn from 0 to 1, so a small change looks small. */
export function ScoreHistoryChart({ points }: ScoreHistoryChartProps) {
  const { t, i18n } = useTranslation();
  const format = useLocaleFormat();
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
    <LineChart
      h={220}
      data={data}
      dataKey="day"
      series={[{ name: 'score', label: t('leaders.score'), color: 'teal.6' }]}
      curveType="monotone"
      valueFormatter={format.score}
      yAxisProps={{ domain: [0, 1] }}
      gridAxis="y"
      data-testid="leader-history"
      data-points={points.length}
    />
  );
}
