import { ColorSwatch, Group, Text } from '@mantine/core';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import type { ScorePart } from './score-components';
import { COMPONENT_COLOURS, UNKNOWN_COMPONENT_COLOUR, isScoreComponentName, orderParts } from './score-components';
import { useComponentLabel } from './use-component-label';

export interface ScoreLegendProps {
  /** One candidate's parts: the weights are the same for all. */
  parts: readonly ScorePart[];
}

const mantineColour = (colour: string) => `var(--mantine-color-${colour.replace('.', '-')})`;

/** What each colour stands for, with the weight it has in the score. */
export function ScoreLegend({ parts }: ScoreLegendProps) {
  const format = useLocaleFormat();
  const label = useComponentLabel();
  return (
    <Group gap="sm" data-testid="score-legend">
      {orderParts(parts).map((part) => (
        <Group key={part.name} gap={4} wrap="nowrap">
          <ColorSwatch size={12} color={mantineColour(isScoreComponentName(part.name) ? COMPONENT_COLOURS[part.name] : UNKNOWN_COMPONENT_COLOUR)} />
          <Text size="xs">
            {label(part.name)} {format.percent(part.weight)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
