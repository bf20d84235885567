import { LineChart } from '@mantine/charts';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { useTranslation } from 'react-i18next';

export interface ScoreHistoryDrawingProps {
  data: { day: string; score: number }[];
}

/** The line chart itself; its own chunk, so the charting code loads only once a chart is drawn. */
export function ScoreHistoryDrawing({ data }: ScoreHistoryDrawingProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
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
      data-points={data.length}
    />
  );
}
