// For tests only: the app itself loads English when someone chooses it (./i18n), and any static
// import of the English texts from its index would put them in everyone's first download.
import { en } from './locales/en';
import { fr } from './locales/fr';

/** Both languages' texts at once, for tests that word things in each. */
export const resources = { fr: { translation: fr }, en: { translation: en } } as const;
