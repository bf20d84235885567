import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const ERASED = ['account', 'requests', 'trust', 'mails'] as const;
const KEPT = ['help', 'requests', 'audit'] as const;

export interface ErasurePointsProps {
  /** What erasing one's account removes, or what stays of it without one's name. */
  kind: 'erased' | 'kept';
}

/** What erasure does, in the person's own terms (ERASURE_RULES on the server says it column by column). */
export function ErasurePoints({ kind }: ErasurePointsProps) {
  const { t } = useTranslation();
  const points = kind === 'erased' ? ERASED.map((key) => t(`erasure.erased.${key}`)) : KEPT.map((key) => t(`erasure.kept.${key}`));
  return (
    <Stack gap={4} data-testid={`erasure-${kind}`}>
      <Text fw={600} size="sm">
        {t(kind === 'erased' ? 'erasure.erasedTitle' : 'erasure.keptTitle')}
      </Text>
      <List size="sm" spacing={4}>
        {points.map((point) => (
          <List.Item key={point}>{point}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
