import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fr } from './locales/fr';
import { withFrenchPreposition } from './french-places';
import type { FrenchPreposition } from './french-places';
import type { Language } from './languages';
import type { Translations } from './locales/translations';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, isLanguage } from './languages';

/**
 * French, the default, comes with the app; English is its own chunk, fetched when someone has
 * chosen it, so that nobody downloads the texts of a language they do not read.
 */
async function textsOf(language: Language): Promise<Translations> {
  if (language === 'fr') return fr;
  const { en } = await import('./locales/en');
  return en;
}

async function ensureLoaded(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await textsOf(language));
}

export function storedLanguage(): Language {
  const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

/** Call once and await before rendering: the first paint is then already in the chosen language. */
export async function initI18n(): Promise<typeof i18next> {
  const language = storedLanguage();
  const texts = await textsOf(language);
  void i18next.use(initReactI18next).init({
    resources: { [language]: { translation: texts }, [DEFAULT_LANGUAGE]: { translation: fr } },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['fr', 'en'],
    // React escapes what it renders; escaping here too would show "&amp;".
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  addPlaceFormats();
  document.documentElement.lang = language;
  return i18next;
}

const PREPOSITIONS: FrenchPreposition[] = ['de', 'à', 'dans'];

/**
 * « {{name, de}} » in a French text says « des Archives », « de l’Arsenal », « du Marais »: the
 * preposition with the quartier's article. Other languages write their own preposition and get
 * the name as it is.
 */
function addPlaceFormats(): void {
  for (const preposition of PREPOSITIONS) {
    i18next.services.formatter?.add(preposition, (value: unknown, lng: string | undefined) =>
      lng === 'fr' ? withFrenchPreposition(preposition, String(value)) : String(value),
    );
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : DEFAULT_LANGUAGE;
}

export async function setLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
  localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}
