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

/** The fields a BAD_USER_INPUT names (`extensions.fields[].field`), so each is marked in place. */
export function errorFields(error: unknown): string[] {
  if (!(error instanceof ApolloError)) return [];
  const fields = error.graphQLErrors[0]?.extensions?.['fields'];
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((entry: unknown) => {
    const field = typeof entry === 'object' && entry !== null ? (entry as { field?: unknown }).field : undefined;
    return typeof field === 'string' ? [field] : [];
  });
}

/** The first of a form's fields that a BAD_USER_INPUT names, in the form's order; null when it names none of them. */
export function firstErrorField<F extends string>(error: unknown, formFields: readonly F[]): F | null {
  const named = errorFields(error);
  return formFields.find((field) => named.includes(field)) ?? null;
}

/** How long a TOO_MANY_ATTEMPTS refusal asks to wait (`extensions.retryAfterSeconds`), if it said. */
export function retryAfterSeconds(error: unknown): number | null {
  if (!(error instanceof ApolloError)) return null;
  const value = error.graphQLErrors[0]?.extensions?.['retryAfterSeconds'];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * The API refused a quartier, a person or a request as outside the viewer's scope (FORBIDDEN that
 * is no rate limit) or unknown to them (NOT_FOUND): a page says it once, not in each panel.
 */
export function isScopeRefusal(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'NOT_FOUND' || (code === 'FORBIDDEN' && errorReason(error) === null);
}
