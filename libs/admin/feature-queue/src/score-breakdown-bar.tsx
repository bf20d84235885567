import { Progress, Tooltip } from '@mantine/core';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import { useTranslation } from 'react-i18next';
import type { ScorePart } from './score-components';
import { COMPONENT_COLOURS, UNKNOWN_COMPONENT_COLOUR, contribution, isScoreComponentName, orderParts } from './score-components';
import { useComponentLabel } from './use-component-label';

export interface ScoreBreakdownBarProps {
  parts: readonly ScorePart[];
}

/** Parts too small to see are left out of the bar (the tooltip of the others still adds up). */
const VISIBLE = 0.0005;

/** One bar per candidate: each part of the score as a coloured section as wide as it counts. */
export function ScoreBreakdownBar({ parts }: ScoreBreakdownBarProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const label = useComponentLabel();
  return (
    <Progress.Root size={18} data-testid="score-breakdown" aria-label={t('request.breakdownLabel')}>
      {orderParts(parts)
        .filter((part) => contribution(part) > VISIBLE)
        .map((part) => (
          <Tooltip
            key={part.name}
            withArrow
            label={t('request.componentDetail', {
              name: label(part.name),
              value: format.score(part.value),
              weight: format.percent(part.weight),
              points: format.score(contribution(part)),
            })}
          >
            <Progress.Section
              value={contribution(part) * 100}
              color={isScoreComponentName(part.name) ? COMPONENT_COLOURS[part.name] : UNKNOWN_COMPONENT_COLOUR}
              data-testid="score-part"
              data-component={part.name}
              data-points={contribution(part).toFixed(4)}
            />
          </Tooltip>
        ))}
    </Progress.Root>
  );
}
