import type { FieldError } from '@relais/domain-people';
import { GraphQLError } from 'graphql';

/** The codes the API contract promises in `extensions.code`. */
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT';

export function apiError(code: ApiErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const unauthenticated = (message = 'sign in first: no valid bearer token'): GraphQLError =>
  apiError('UNAUTHENTICATED', message);

export const forbidden = (message: string): GraphQLError => apiError('FORBIDDEN', message);

/**
 * A limit meant for floods and guessing: FORBIDDEN (the contract's code for "not allowed now"),
 * with a reason a client can word and the seconds after which the same call may go through.
 */
export const tooManyAttempts = (message: string, retryAfterSeconds: number): GraphQLError =>
  apiError('FORBIDDEN', message, { reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) });

export const notFound = (what: string, id: string): GraphQLError => apiError('NOT_FOUND', `no ${what} with id ${id}`);

/** `reason` (e.g. ALREADY_TAKEN, AT_CAPACITY) lets a client word the refusal without parsing the message. */
export const conflict = (message: string, reason?: string, extra: Record<string, unknown> = {}): GraphQLError =>
  apiError('CONFLICT', message, reason ? { reason, ...extra } : extra);

/** Bad input names every field at fault, in the message and in `extensions.fields`. */
export function badUserInput(errors: FieldError[]): GraphQLError {
  const message = errors.map((error) => `${error.field} ${error.message}`).join('; ');
  return apiError('BAD_USER_INPUT', message, { fields: errors });
}

/** Throws when any rule failed; lets a service check its input in one line. */
export function assertValid(errors: FieldError[]): void {
  if (errors.length) throw badUserInput(errors);
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(id: string): boolean {
  return UUID_PATTERN.test(id);
}
