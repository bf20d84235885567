import { Progress, Tooltip } from '@mantine/core';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { useTranslation } from 'react-i18next';
import type { ScorePalette } from './score-palette';
import { partColour } from './score-palette';
import type { ScorePart } from './score-parts';
import { scoreSegments } from './score-parts';

export interface ScoreBreakdownBarProps {
  parts: readonly ScorePart[];
  palette: ScorePalette;
  /** Height in pixels. */
  size?: number;
}

/** A score as one bar: each part a coloured section as wide as it counts; the whole bar is a score of 1. */
export function ScoreBreakdownBar({ parts, palette, size = 18 }: ScoreBreakdownBarProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  return (
    <Progress.Root size={size} data-testid="score-breakdown" aria-label={t('scoreBreakdown.label')}>
      {scoreSegments(parts, palette.order).map(({ part, points, percent }) => {
        const detail = t('scoreBreakdown.detail', {
          name: palette.label(part.name),
          value: format.score(part.value),
          weight: format.percent(part.weight),
          points: format.score(points),
        });
        return (
          <Tooltip key={part.name} withArrow label={detail}>
            <Progress.Section
              value={percent}
              color={partColour(palette, part.name)}
              aria-label={detail}
              data-testid="score-part"
              data-component={part.name}
              data-points={points.toFixed(4)}
            />
          </Tooltip>
        );
      })}
    </Progress.Root>
  );
}
