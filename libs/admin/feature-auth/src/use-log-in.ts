import { useMutation } from '@apollo/client';
import { LogInDocument, errorCode, errorMessage, setToken } from '@relais/admin-data-access';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export interface LogIn {
  logIn: (email: string, password: string) => Promise<void>;
  submitting: boolean;
  /** Why the last attempt failed, in the reader's language. */
  error: string | null;
}

export function useLogIn(): LogIn {
  const { t } = useTranslation();
  const [mutate, { loading, error }] = useMutation(LogInDocument);
  const logIn = useCallback(
    async (email: string, password: string) => {
      try {
        const { data } = await mutate({ variables: { email: email.trim(), password } });
        // With the token set, the session asks `me`, which the API answers as the person themself.
        if (data) setToken(data.logIn.token);
      } catch {
        // The hook's `error` already holds it, for the form to show.
      }
    },
    [mutate],
  );
  // At log-in, UNAUTHENTICATED means an unknown address or a wrong password, not an ended session.
  const refusal = errorCode(error) === 'UNAUTHENTICATED' ? t('errors.logInRefused') : errorMessage(error);
  return { logIn, submitting: loading, error: error ? refusal : null };
}
