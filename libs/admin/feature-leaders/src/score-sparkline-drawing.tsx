import { Sparkline } from '@mantine/charts';
import type { Trend } from './history-points';
import { TREND_COLOURS } from './history-points';

export interface ScoreSparklineDrawingProps {
  values: number[];
  trend: Trend;
  label: string;
}

/** The sparkline itself; its own chunk, so the charting code loads only once a line is drawn. */
export function ScoreSparklineDrawing({ values, trend, label }: ScoreSparklineDrawingProps) {
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
      aria-label={label}
      title={label}
      data-testid="leader-sparkline"
      data-trend={trend}
      data-points={values.length}
    />
  );
}
