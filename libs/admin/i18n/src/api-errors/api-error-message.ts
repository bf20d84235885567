import i18next from 'i18next';
import { apiErrorWording } from './api-error-catalogue';
import { apiErrorParts } from './api-error-parts';
import type { FieldRule } from './field-rule';
import { fieldRule } from './field-rule';

// The keys are built from the API's codes; the catalogue's spec checks each exists in every language.
type Translate = (key: string, options?: Record<string, unknown>) => string;
const translate: Translate = (key, options) => (i18next.t as unknown as Translate)(key, options);

/** A field's rule as a sentence in the current language: « 200 caractères au plus. » */
export function fieldRuleMessage(rule: FieldRule): string {
  return translate(`errors.field.${rule.key}`, rule.values);
}

/** What went wrong, in the current language: the API's code and reason worded, never its own text. */
export function apiErrorMessage(error: unknown): string {
  const wording = apiErrorWording(apiErrorParts(error));
  const wait = wording.wait ? translate(wording.wait.key, { count: wording.wait.count }) : undefined;
  const sentence = translate(wording.key, { ...wording.values, wait });
  return wording.rule ? `${sentence} ${fieldRuleMessage(wording.rule)}` : sentence;
}

/** Each field a BAD_USER_INPUT refused, with its rule in the current language, to show on that field. */
export function apiFieldErrors(error: unknown): Record<string, string> {
  const entries = apiErrorParts(error).fields.map(({ field, message }) => [field, fieldRuleMessage(fieldRule(message))] as const);
  // The first rule of a field is the one to fix first.
  return Object.fromEntries(entries.reverse());
}
