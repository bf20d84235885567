import { ApolloError } from '@apollo/client';

function firstExtension(error: unknown, name: string): string | null {
  if (!(error instanceof ApolloError)) return null;
  const value = error.graphQLErrors[0]?.extensions?.[name];
  return typeof value === 'string' ? value : null;
}

/** The API's `extensions.code` (CONFLICT, FORBIDDEN, …) of the first error, if it gave one. */
export function errorCode(error: unknown): string | null {
  return firstExtension(error, 'code');
}

/** Why a CONFLICT happened (`extensions.reason`, e.g. ALREADY_AMBASSADOR), to word it without parsing the message. */
export function errorReason(error: unknown): string | null {
  return firstExtension(error, 'reason');
}
