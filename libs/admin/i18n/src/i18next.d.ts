import type { fr } from './locales/fr';

// Checks every t('…') key against the French resources at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}
