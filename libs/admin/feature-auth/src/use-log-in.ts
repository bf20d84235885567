import { useMutation } from '@apollo/client';
import { LogInDocument, errorMessage, setToken } from '@relais/admin-data-access';
import { useCallback } from 'react';

export interface LogIn {
  logIn: (email: string, password: string) => Promise<void>;
  submitting: boolean;
  /** The API's message for the last failed attempt. */
  error: string | null;
}

export function useLogIn(): LogIn {
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
  return { logIn, submitting: loading, error: error ? errorMessage(error) : null };
}
