import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LegendClass } from './city-measures';

export interface CityLegendProps {
  title: string;
  hint: string;
  classes: readonly LegendClass[];
  format: (value: number) => string;
  /** Counts: a class reads « 2 » or « 2 à 4 », its upper bound included, rather than « 2 à 3 » for 2. */
  whole: boolean;
  /** Whether some quartiers are drawn without figures (an organiser's view). */
  withoutFigures: boolean;
}

function Swatch({ colour, outline }: { colour: string; outline?: boolean }) {
  return (
    <Box
      w={18}
      h={14}
      style={{ background: colour, border: outline ? '3px solid #1864ab' : '1px solid #868e96', borderRadius: 2, flex: 'none' }}
      aria-hidden
    />
  );
}

/** What each colour of the map means, for the measure picked. */
export function CityLegend({ title, hint, classes, format, whole, withoutFigures }: CityLegendProps) {
  const { t } = useTranslation();
  const last = classes.length - 1;
  const classLabel = (c: LegendClass, open: boolean): string => {
    if (open) return t('cityMap.legendFrom', { from: format(c.from) });
    const to = whole ? c.to - 1 : c.to;
    return whole && to <= c.from ? format(c.from) : t('cityMap.legendRange', { from: format(c.from), to: format(to) });
  };
  return (
    <Stack gap={4} data-testid="city-legend" aria-label={t('cityMap.legendTitle')} role="group">
      <Text fw={600} size="sm" data-testid="city-legend-title">
        {title}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
      <Group gap="sm" wrap="wrap">
        {classes.map((c, i) => (
          <Group key={c.from} gap={4} wrap="nowrap" data-testid="city-legend-class">
            <Swatch colour={c.colour} />
            <Text size="xs">{classLabel(c, i === last && classes.length > 1)}</Text>
          </Group>
        ))}
        {withoutFigures && (
          <Group gap={4} wrap="nowrap">
            <Swatch colour="transparent" />
            <Text size="xs">{t('cityMap.noFigures')}</Text>
          </Group>
        )}
        <Group gap={4} wrap="nowrap">
          <Swatch colour="transparent" outline />
          <Text size="xs">{t('cityMap.yours')}</Text>
        </Group>
      </Group>
    </Stack>
  );
}
