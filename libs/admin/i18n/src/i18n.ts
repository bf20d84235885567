import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { frBase } from './locales/fr-base';
import { withFrenchPreposition } from './french-places';
import type { FrenchPreposition } from './french-places';
import type { Language } from './languages';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, isLanguage } from './languages';
import { loadAskedTexts } from './page-texts';

/**
 * French's base, the default, comes with the app; English's is its own chunk, fetched when someone
 * has chosen it, so that nobody downloads the texts of a language they do not read. The rest of
 * each language loads with the pages (./page-texts).
 */
async function baseOf(language: Language): Promise<object> {
  // A copy: i18next merges each page's groups into what it is given, which must not be the module's own objects.
  if (language === 'fr') return structuredClone(frBase);
  const { enBase } = await import('./locales/en-base');
  return structuredClone(enBase);
}

async function ensureBase(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await baseOf(language), true, true);
}

/**
 * A text asked for that no loaded group holds: a page that did not name its group to lazyPage. Said
 * as a console error, which the end-to-end tests fail on. A `defaultValue` given says the key may
 * rightly be absent (an audit action newer than the app), so that one is not reported.
 */
function reportMissing(languages: readonly string[], _namespace: string, key: string, _fallback: string, _update: boolean, options: { defaultValue?: unknown } = {}): void {
  if (options.defaultValue !== undefined) return;
  console.error(`Missing text: ${key} (${languages.join(', ')}); name its group to the page's lazyPage.`);
}

export function storedLanguage(): Language {
  const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

/** Call once and await before rendering: the first paint is then already in the chosen language. */
export async function initI18n(): Promise<typeof i18next> {
  const language = storedLanguage();
  const texts = await baseOf(language);
  void i18next.use(initReactI18next).init({
    resources: { [DEFAULT_LANGUAGE]: { translation: language === DEFAULT_LANGUAGE ? texts : await baseOf(DEFAULT_LANGUAGE) }, [language]: { translation: texts } },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['fr', 'en'],
    // React escapes what it renders; escaping here too would show "&amp;".
    interpolation: { escapeValue: false },
    initAsync: false,
    saveMissing: true,
    missingKeyHandler: reportMissing,
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
  // Everything the pages opened so far show, so that no key shows raw once the language changes.
  await Promise.all([ensureBase(language), loadAskedTexts(language)]);
  localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}
