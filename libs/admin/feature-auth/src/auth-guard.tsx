import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { errorMessage } from '@relais/admin-data-access';
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
}

/** Shows its children to anyone signed in (each role then sees its own pages), the login page to anyone else. */
export function AuthGuard({ children, loginToolbar }: AuthGuardProps) {
  const { t } = useTranslation();
  const { token, viewer, loading, error, logOut } = useSession();
  // `me` is null for a token the API no longer accepts (expired, secret changed): forget it.
  const staleToken = Boolean(token) && !loading && !error && viewer === null;
  useEffect(() => {
    if (staleToken) void logOut();
  }, [staleToken, logOut]);

  if (!token || staleToken) return <LoginPage toolbar={loginToolbar} />;
  if (loading) {
    return (
      <Center mih="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (error || !viewer || !canUseDesk(viewer.roles)) {
    return (
      <Center mih="100vh" p="md">
        <Stack maw={420}>
          <Alert color="red" title={error ? t('auth.failed') : t('auth.notAllowedTitle')} data-testid="auth-denied">
            {error ? errorMessage(error) : t('auth.notAllowed')}
          </Alert>
          <Button variant="default" onClick={() => void logOut()}>
            {t('auth.logout')}
          </Button>
        </Stack>
      </Center>
    );
  }
  return children;
}
