import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { AuthHeader, LeadInLink } from './auth-parts';
import { RETURN_PARAM, returnPathOf } from './return-path';
import { useLogIn } from './use-log-in';

export interface LoginPageProps {
  /** Shown above the form, e.g. a language switch. */
  toolbar?: ReactNode;
}

export function LoginPage({ toolbar }: LoginPageProps) {
  const { t } = useTranslation();
  const { logIn, submitting, error } = useLogIn();
  // Shown in place of the page asked for, which stays in the address bar: once signed in, that page
  // opens. Signing up first carries it along.
  const { pathname, search } = useLocation();
  const wanted = returnPathOf(pathname, search);
  const signUpLink = wanted ? `/inscription?${new URLSearchParams({ [RETURN_PARAM]: wanted })}` : '/inscription';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void logIn(email, password);
  };
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Paper component="main" withBorder shadow="sm" p="xl" w={380} maw="100%">
        <Stack gap="md">
          <AuthHeader toolbar={toolbar} />
          <Title order={2} size="h4">
            {t('auth.title')}
          </Title>
          <form onSubmit={onSubmit} data-testid="login-form" noValidate>
            <Stack gap="sm">
              <TextInput
                label={t('auth.email')}
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                data-testid="login-email"
              />
              <PasswordInput
                label={t('auth.password')}
                autoComplete="current-password"
                visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
                required
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                data-testid="login-password"
              />
              {error && (
                <Alert color="red" title={t('auth.failed')} data-testid="login-error">
                  {error}
                </Alert>
              )}
              <Button type="submit" loading={submitting} data-testid="login-submit" fullWidth>
                {t('auth.submit')}
              </Button>
            </Stack>
          </form>
          <LeadInLink lead={t('signUp.noAccount')} link={t('signUp.link')} to={signUpLink} testId="login-signup" centred />
          <Anchor component={Link} to="/confidentialite" size="sm" ta="center" data-testid="login-privacy">
            {t('privacy.link')}
          </Anchor>
        </Stack>
      </Paper>
    </Center>
  );
}
