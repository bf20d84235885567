import { apiErrorMessage, apiFieldErrors } from '@relais/admin-i18n';

/**
 * What went wrong, in the reader's language, worded from the API's code and reason (or that no
 * answer came): never the API's own English, nor a transport's.
 */
export function errorMessage(error: unknown): string {
  return apiErrorMessage(error);
}

/** Each field a BAD_USER_INPUT refused, with its rule in the reader's language, to show on that field. */
export function fieldErrorMessages(error: unknown): Record<string, string> {
  return apiFieldErrors(error);
}
