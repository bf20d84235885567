import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { QueryError } from '@relais/admin-ui';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { canUseDesk } from './desk-access';
import { LoginPage } from './login-page';
import { useSession } from './use-session';

export interface AuthGuardProps {
  children: ReactNode;
  /** Passed to the login page, e.g. a language switch. */
  loginToolbar?: ReactNode;
  /** Shown while the API says who the token belongs to, e.g. the app's frame with skeletons; a loader otherwise. */
  pending?: ReactNode;
}

/** Shows its children to anyone signed in (each role then sees its own pages), the login page to anyone else. */
export function AuthGuard({ children, loginToolbar, pending }: AuthGuardProps) {
  const { t } = useTranslation();
  const { token, viewer, loading, error, logOut, retry } = useSession();
  // `me` is null for a token the API no longer accepts (expired, secret changed): forget it.
  const staleToken = Boolean(token) && !loading && !error && viewer === null;
  useEffect(() => {
    if (staleToken) void logOut();
  }, [staleToken, logOut]);

  if (!token || staleToken) return <LoginPage toolbar={loginToolbar} />;
  if (loading) {
    if (pending) return pending;
    return (
      <Center mih="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  // A failed check while the app is shown (the socket's reconnection asks again) keeps it shown.
  if (!viewer || !canUseDesk(viewer.roles)) {
    return (
      <Center mih="100vh" p="md">
        <Stack maw={420}>
          {error ? (
            // Who is signed in is not known yet: the app cannot show more than this, with a way to ask again.
            <QueryError error={error} onRetry={retry} title={t('auth.failed')} testId="auth-failed" />
          ) : (
            <Alert color="red" title={t('auth.notAllowedTitle')} data-testid="auth-denied">
              {t('auth.notAllowed')}
            </Alert>
          )}
          <Button variant="default" onClick={() => void logOut()}>
            {t('auth.logout')}
          </Button>
        </Stack>
      </Center>
    );
  }
  return children;
}
