import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { QueryError } from './query-error';

export interface SectionPanelProps {
  title: ReactNode;
  /** A line under the title saying what the section is for. */
  hint?: ReactNode;
  /** What failed to load or act, already worded; nothing when all is well. */
  failure?: { title: string; message: string } | null;
  /** The section's query failed: said in the reader's language, with « Réessayer » when `onRetry` is given. */
  loadError?: { title: string; error: unknown; onRetry?: () => unknown; testId?: string } | null;
  testId: string;
  /** The panel's id, for links to it from elsewhere on the page. */
  anchor?: string;
  /** Becomes `data-state`, for tests and styles that follow the section's state. */
  state?: string;
  children?: ReactNode;
}

/** A titled section of a page: a bordered panel with its hint, what went wrong, then its content. */
export function SectionPanel({ title, hint, failure, loadError, testId, anchor, state, children }: SectionPanelProps) {
  return (
    <Paper withBorder p="md" id={anchor} data-testid={testId} data-state={state}>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4">
            {title}
          </Title>
          {hint !== undefined && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
        </div>
        {failure && (
          <Alert color="red" title={failure.title}>
            {failure.message}
          </Alert>
        )}
        {loadError && <QueryError {...loadError} testId={loadError.testId ?? `${testId}-error`} />}
        {children}
      </Stack>
    </Paper>
  );
}
