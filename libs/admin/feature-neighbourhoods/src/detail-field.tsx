import type { MantineSize } from '@mantine/core';
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface DetailFieldProps {
  label: string;
  testId: string;
  size?: MantineSize;
  children: ReactNode;
}

/** Label above value: no colon, whose spacing differs between French and English. */
export function DetailField({ label, testId, size, children }: DetailFieldProps) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size={size} data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}
