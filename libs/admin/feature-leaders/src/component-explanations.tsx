import { ColorSwatch, Group, Stack, Text } from '@mantine/core';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import type { ScorePart } from '@relais/admin-feature-score-breakdown';
import { contribution, mantineColour, orderParts, partColour } from '@relais/admin-feature-score-breakdown';
import { useTranslation } from 'react-i18next';
import type { FactVoice } from './fact-words';
import { isLeaderComponentName } from './leader-components';
import type { LeaderFacts } from './leader-facts';
import { componentPhrases } from './leader-facts';
import { useFactWords } from './use-fact-words';
import { useLeaderPalette } from './use-leader-palette';

export interface ComponentExplanationsProps {
  parts: readonly ScorePart[];
  facts: LeaderFacts;
  voice: FactVoice;
}

/** Each part of a leader score: what it is worth, and in plain words what it counted. */
export function ComponentExplanations({ parts, facts, voice }: ComponentExplanationsProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const palette = useLeaderPalette();
  const words = useFactWords(voice);
  return (
    <Stack gap="sm" data-testid="leader-components">
      {orderParts(parts, palette.order).map((part) => {
        const phrases = componentPhrases(part.name, facts);
        return (
          <Group key={part.name} gap="sm" align="flex-start" wrap="nowrap" data-testid="leader-component" data-component={part.name}>
            <ColorSwatch size={14} mt={4} color={mantineColour(partColour(palette, part.name))} />
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                {palette.label(part.name)}{' '}
                <Text span size="xs" c="dimmed" fw={400} data-testid="leader-component-value">
                  {t('leaderPerson.partLine', {
                    value: format.score(part.value),
                    weight: format.percent(part.weight),
                    points: format.score(contribution(part)),
                  })}
                </Text>
              </Text>
              {phrases.length > 0 && (
                <Text size="sm" data-testid="leader-component-facts">
                  {words(phrases)}
                </Text>
              )}
              {isLeaderComponentName(part.name) && (
                <Text size="xs" c="dimmed">
                  {t(`leaderHints.${part.name}`)}
                </Text>
              )}
            </Stack>
          </Group>
        );
      })}
    </Stack>
  );
}
