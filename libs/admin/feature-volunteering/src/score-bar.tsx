import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ScoreBarProps {
  /** In [0, 1]. */
  score: number;
}

/** How well a request fits, as a short bar and a percentage. */
export function ScoreBar({ score }: ScoreBarProps) {
  const { t } = useTranslation();
  const percent = Math.round(Math.min(1, Math.max(0, score)) * 100);
  return (
    <Group gap="xs" wrap="nowrap" data-testid="feed-score" data-score={score.toFixed(4)}>
      <Text size="xs" c="dimmed">
        {t('feed.match')}
      </Text>
      <Progress value={percent} w={90} size="sm" color="teal" aria-label={t('feed.matchPercent', { percent })} />
      <Text size="xs" c="dimmed">
        {t('feed.matchPercent', { percent })}
      </Text>
    </Group>
  );
}
