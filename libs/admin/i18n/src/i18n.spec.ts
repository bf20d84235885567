import i18next from 'i18next';
import { initI18n, setLanguage } from './i18n';
import { resources } from './testing';

// i18next in Node, as the app runs it: the stored language comes from localStorage.
const store = new Map<string, string>();
Object.assign(globalThis, {
  localStorage: { getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => void store.set(key, value) },
  document: { documentElement: { lang: '' } },
});

describe('the place formats of the French texts', () => {
  beforeAll(async () => {
    await initI18n();
    // What the pages and setLanguage fetch in the browser; Jest's CommonJS runtime cannot run the app's import().
    i18next.addResourceBundle('fr', 'translation', resources.fr.translation, true, true);
    i18next.addResourceBundle('en', 'translation', resources.en.translation);
  });

  it('put the preposition and article before a quartier name in French, the name alone in English', async () => {
    await setLanguage('fr');
    expect(i18next.t('leaders.pageTitle', { name: 'Archives' })).toBe('Leaders des Archives');
    expect(i18next.t('standing.place', { rank: 2, neighbourhood: 'Arsenal', score: '0,8' })).toBe('N°\u00a02 à l’Arsenal · score 0,8');
    await setLanguage('en');
    expect(i18next.t('standing.place', { rank: 2, neighbourhood: 'Arsenal', score: '0.8' })).toBe('No. 2 in Arsenal · score 0.8');
  });

  it('word API refusals in the chosen language, with plurals', async () => {
    await setLanguage('fr');
    expect(i18next.t('errors.reason.TOO_MANY_ATTEMPTS', { wait: i18next.t('errors.wait.minutes', { count: 1 }) })).toBe(
      'Trop de demandes d’un coup. Réessayez dans 1\u00a0minute.',
    );
    await setLanguage('en');
    expect(i18next.t('errors.wait.minutes', { count: 5 })).toBe('5 minutes');
  });
});
