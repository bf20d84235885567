import { useApolloClient, useMutation } from '@apollo/client';
import { LogInDocument, MeDocument, errorMessage, setToken } from '@relais/admin-data-access';
import { useCallback } from 'react';

export interface LogIn {
  logIn: (email: string, password: string) => Promise<void>;
  submitting: boolean;
  /** The API's message for the last failed attempt. */
  error: string | null;
}

export function useLogIn(): LogIn {
  const client = useApolloClient();
  const [mutate, { loading, error }] = useMutation(LogInDocument);
  const logIn = useCallback(
    async (email: string, password: string) => {
      try {
        const { data } = await mutate({ variables: { email: email.trim(), password } });
        if (!data) return;
        // The answer already says who signed in: no need to ask `me` again.
        client.writeQuery({ query: MeDocument, data: { me: data.logIn.person } });
        setToken(data.logIn.token);
      } catch {
        // The hook's `error` already holds it, for the form to show.
      }
    },
    [client, mutate],
  );
  return { logIn, submitting: loading, error: error ? errorMessage(error) : null };
}
