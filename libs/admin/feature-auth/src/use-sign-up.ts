import { ApolloError, useMutation } from '@apollo/client';
import type { SignUpInput } from '@relais/admin-data-access';
import { SignUpDocument, setToken } from '@relais/admin-data-access';
import { useCallback } from 'react';
import type { SignUpRefusal } from './sign-up-fields';
import { signUpRefusal } from './sign-up-fields';

export interface SignUp {
  /** Null once signed up (the token is kept, as a log-in keeps it); otherwise why the API said no. */
  signUp: (input: SignUpInput) => Promise<SignUpRefusal | null>;
  submitting: boolean;
}

export function useSignUp(): SignUp {
  const [mutate, { loading }] = useMutation(SignUpDocument);
  const signUp = useCallback(
    async (input: SignUpInput): Promise<SignUpRefusal | null> => {
      try {
        const { data } = await mutate({ variables: { input } });
        if (!data) return { kind: 'failed' };
        // With the token set, the session asks `me`, which the API answers as the new person.
        setToken(data.signUp.token);
        return null;
      } catch (error) {
        return signUpRefusal(error instanceof ApolloError ? error.graphQLErrors[0]?.extensions : undefined);
      }
    },
    [mutate],
  );
  return { signUp, submitting: loading };
}
