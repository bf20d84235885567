export * from './languages';
export { initI18n, setLanguage, currentLanguage } from './i18n';
export type { Translations } from './locales/translations';
export { apiErrorMessage, apiFieldErrors, fieldRuleMessage } from './api-errors';
export { withFrenchPreposition } from './french-places';
export type { FrenchPreposition } from './french-places';
export { dateTimeLocale } from './date-locale';
export { BASE_GROUPS, loadTexts } from './page-texts';
export type { PageTextGroup, TextGroup } from './page-texts';
