import { Alert, Button, Group, Text } from '@mantine/core';
import { apiErrorMessage } from '@relais/admin-i18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface RetryButtonProps {
  /** Asks again (a query's refetch); its promise keeps the button busy until the answer. */
  onRetry: () => unknown;
  testId?: string;
}

/** « Réessayer », busy while the request is asked again. */
export function RetryButton({ onRetry, testId }: RetryButtonProps) {
  const { t } = useTranslation();
  const [retrying, setRetrying] = useState(false);
  const retry = async () => {
    setRetrying(true);
    try {
      await onRetry();
    } catch {
      // The query's own error state says what failed again.
    } finally {
      setRetrying(false);
    }
  };
  return (
    <Button size="xs" variant="white" color="red" loading={retrying} onClick={() => void retry()} data-testid={testId}>
      {t('errors.retry')}
    </Button>
  );
}

export interface QueryErrorProps {
  /** What the request failed with: an Apollo error, or anything thrown. */
  error: unknown;
  onRetry?: () => unknown;
  /** What could not be shown, already worded; « Impossible d’afficher cette partie » by default. */
  title?: string;
  testId?: string;
}

/**
 * A failed request in place of what it should have shown, in the reader's language, with
 * « Réessayer »: the rest of the page and the app stay usable.
 */
export function QueryError({ error, onRetry, title, testId = 'query-error' }: QueryErrorProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={title ?? t('errors.loadFailed')} data-testid={testId} role="alert">
      <Group justify="space-between" align="center" gap="sm">
        <Text size="sm" data-testid={`${testId}-message`}>
          {apiErrorMessage(error)}
        </Text>
        {onRetry && <RetryButton onRetry={onRetry} testId={`${testId}-retry`} />}
      </Group>
    </Alert>
  );
}
