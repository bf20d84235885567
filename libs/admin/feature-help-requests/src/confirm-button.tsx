import type { ButtonProps } from '@mantine/core';
import { Button, Group, Popover, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmButtonProps {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  loading?: boolean;
  color?: ButtonProps['color'];
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
  /** The button's test id; the confirming button gets `<testId>-confirm`. */
  testId: string;
}

/** A button for what cannot be undone: it asks once more, next to where it was clicked. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, loading, color = 'red', variant = 'subtle', size = 'xs', testId }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} withArrow shadow="md" position="bottom-start" trapFocus>
      <Popover.Target>
        <Button color={color} variant={variant} size={size} loading={loading} onClick={() => setOpened((open) => !open)} data-testid={testId}>
          {label}
        </Button>
      </Popover.Target>
      <Popover.Dropdown maw={300}>
        <Stack gap="xs">
          <Text size="sm">{question}</Text>
          <Group gap="xs" justify="flex-end">
            <Button size="xs" variant="default" onClick={() => setOpened(false)}>
              {t('common.no')}
            </Button>
            <Button
              size="xs"
              color={color}
              onClick={() => {
                setOpened(false);
                onConfirm();
              }}
              data-testid={`${testId}-confirm`}
            >
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
