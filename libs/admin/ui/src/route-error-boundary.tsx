import { Alert, Button, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Component } from 'react';
import { useTranslation } from 'react-i18next';

export interface RouteErrorBoundaryProps {
  children: ReactNode;
}

interface RouteErrorBoundaryState {
  failed: boolean;
}

// A page's code that could not be fetched (a deploy since the tab opened, the network gone) fails
// again from React's cache: only a reload fetches it anew.
const isChunkFailure = (error: unknown) => error instanceof Error && /dynamically imported module|module script failed|Failed to fetch/i.test(error.message);

function RouteFailure({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('errors.pageFailed')} data-testid="route-error" role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('errors.pageFailedHint')}</Text>
        <Button size="xs" variant="white" color="red" onClick={onRetry} data-testid="route-error-retry">
          {t('errors.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}

/**
 * Around a route's page, inside the app's frame: a page that throws while rendering shows this in
 * its place, the header and navigation stay. Give it the location as `key` so that another page
 * starts afresh.
 */
export class RouteErrorBoundary extends Component<RouteErrorBoundaryProps, RouteErrorBoundaryState> {
  override state: RouteErrorBoundaryState = { failed: false };
  private chunkFailed = false;

  static getDerivedStateFromError(): RouteErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.chunkFailed = isChunkFailure(error);
  }

  private readonly retry = () => {
    if (this.chunkFailed) window.location.reload();
    else this.setState({ failed: false });
  };

  override render() {
    return this.state.failed ? <RouteFailure onRetry={this.retry} /> : this.props.children;
  }
}
