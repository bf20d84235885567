import { ColorSwatch, Group, Text } from '@mantine/core';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import type { ScorePalette } from './score-palette';
import { mantineColour, partColour } from './score-palette';
import type { ScorePart } from './score-parts';
import { orderParts } from './score-parts';

export interface ScoreLegendProps {
  /** One score's parts: the weights are the same for every score of a kind. */
  parts: readonly ScorePart[];
  palette: ScorePalette;
}

/** What each colour stands for, with the weight it has in the score. */
export function ScoreLegend({ parts, palette }: ScoreLegendProps) {
  const format = useLocaleFormat();
  return (
    <Group gap="sm" data-testid="score-legend">
      {orderParts(parts, palette.order).map((part) => (
        <Group key={part.name} gap={4} wrap="nowrap">
          <ColorSwatch size={12} color={mantineColour(partColour(palette, part.name))} />
          <Text size="xs">
            {palette.label(part.name)} {format.percent(part.weight)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
