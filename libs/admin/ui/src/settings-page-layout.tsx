import { Alert, Container, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { RetryButton } from './query-error';

export interface SettingsPageLayoutProps {
  title: string;
  intro: string;
  testId: string;
  /** Why the settings did not load, already worded; nothing when they did or are loading. */
  loadFailure?: { title: string; message: string; testId: string; onRetry?: () => unknown } | null;
  /** Set while the settings load for the first time: a loader with this label shows. */
  loadingLabel?: string | null;
  /** The page's width at most, in pixels: wider for a form with its preview beside it. */
  width?: number;
  children?: ReactNode;
}

/** An ADMIN settings page: its title and what it is for, then why it did not load, a loader, or its form. */
export function SettingsPageLayout({ title, intro, testId, loadFailure, loadingLabel, width = 760, children }: SettingsPageLayoutProps) {
  return (
    <Container size={width} px={0} data-testid={testId}>
      <Stack gap="lg">
        <div>
          <Title order={2}>{title}</Title>
          <Text c="dimmed">{intro}</Text>
        </div>
        {loadFailure && (
          <Alert color="red" title={loadFailure.title} data-testid={loadFailure.testId}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{loadFailure.message}</Text>
              {loadFailure.onRetry && <RetryButton onRetry={loadFailure.onRetry} testId={`${loadFailure.testId}-retry`} />}
            </Stack>
          </Alert>
        )}
        {loadingLabel && <Loader aria-label={loadingLabel} />}
        {children}
      </Stack>
    </Container>
  );
}
