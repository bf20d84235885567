import { frErrors } from '../locales/fr-errors';
import type { ApiErrorParts } from './api-error-parts';
import type { FieldRule } from './field-rule';
import { fieldRule } from './field-rule';

/**
 * French's `errors` is the catalogue: every `extensions.code` the API lets through to a caller
 * (apps/api format-error's PUBLIC_CODES, and INTERNAL_SERVER_ERROR for the rest), every
 * `extensions.reason` it gives a refusal and every document limit it names has a sentence there,
 * and English has the same keys. A spec reads the API's sources and fails when it emits one that
 * has none.
 */
const CATALOGUE = frErrors.errors;

/** A sentence to say, as an `errors` key and its values; `wait` and `rule` are sentences of their own. */
export interface ApiErrorWording {
  key: string;
  values: Record<string, number>;
  wait?: { key: string; count: number };
  rule?: FieldRule;
}

const known = (words: object, value: string | null): value is string => value !== null && Object.hasOwn(words, value);

/** How long to wait, in the unit people would say it. */
export function waitWording(seconds: number): { key: string; count: number } {
  if (seconds < 90) return { key: 'errors.wait.seconds', count: Math.ceil(seconds) };
  if (seconds < 90 * 60) return { key: 'errors.wait.minutes', count: Math.ceil(seconds / 60) };
  return { key: 'errors.wait.hours', count: Math.ceil(seconds / 3600) };
}

/** What to tell the person about a failed request: never the API's own (English) message. */
export function apiErrorWording(parts: ApiErrorParts): ApiErrorWording {
  if (parts.network) return { key: 'errors.network', values: {} };
  if (parts.reason === 'TOO_MANY_ATTEMPTS') {
    return parts.retryAfterSeconds === null
      ? { key: 'errors.tooManyLater', values: {} }
      : { key: 'errors.reason.TOO_MANY_ATTEMPTS', values: {}, wait: waitWording(parts.retryAfterSeconds) };
  }
  if (known(CATALOGUE.reason, parts.reason)) return { key: `errors.reason.${parts.reason}`, values: {} };
  if (known(CATALOGUE.limit, parts.limit)) return { key: `errors.limit.${parts.limit}`, values: {} };
  if (parts.code === 'BAD_USER_INPUT' && parts.fields[0]) {
    return { key: 'errors.code.BAD_USER_INPUT', values: {}, rule: fieldRule(parts.fields[0].message) };
  }
  if (known(CATALOGUE.code, parts.code)) return { key: `errors.code.${parts.code}`, values: {} };
  return { key: 'errors.unknown', values: {} };
}
