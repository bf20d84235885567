export * from './languages';
export { initI18n, setLanguage, currentLanguage, resources } from './i18n';
export type { Translations } from './locales/translations';
