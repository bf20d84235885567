import { Affix, Button, Group, Notification, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface UndoCompleteNoticeProps {
  pendingIds: readonly string[];
  onUndo: (id: string) => void;
}

/** One notice per task marked done and not yet sent, with « Annuler ». */
export function UndoCompleteNotice({ pendingIds, onUndo }: UndoCompleteNoticeProps) {
  const { t } = useTranslation();
  if (pendingIds.length === 0) return null;
  return (
    <Affix position={{ bottom: 16, right: 16 }} zIndex={300} w="min(420px, calc(100vw - 32px))">
      <Stack gap="xs" role="status" aria-live="polite">
        {pendingIds.map((id) => (
          <Notification key={id} color="green" withCloseButton={false} title={t('taskUndo.pending')} data-testid="task-undo-notice" data-request-id={id}>
            <Group justify="space-between" wrap="nowrap" gap="sm">
              {/* The notice's own description colour is too faint to read on its white. */}
              <Text size="sm" flex={1} c="var(--mantine-color-text)">
                {t('taskUndo.pendingHint')}
              </Text>
              <Button size="xs" variant="light" flex="none" onClick={() => onUndo(id)} data-testid="task-undo">
                {t('taskUndo.undo')}
              </Button>
            </Group>
          </Notification>
        ))}
      </Stack>
    </Affix>
  );
}
