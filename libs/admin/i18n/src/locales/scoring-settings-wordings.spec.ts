import i18next from 'i18next';
import { resources } from '../testing';
import { enScoringSettings } from './en-scoring-settings';
import { frScoringSettings } from './fr-scoring-settings';
import { emptyWordings, sortedKeys, typographyFaults } from './wording-checks';

describe('match weight and leader settings wordings', () => {
  it('follow French typography: a non-breaking space before : ; ! ? and inside « »', () => {
    expect(typographyFaults(frScoringSettings)).toEqual([]);
  });

  it('have the same keys in English, none left empty', () => {
    expect(sortedKeys(enScoringSettings)).toEqual(sortedKeys(frScoringSettings));
    expect(emptyWordings(enScoringSettings)).toEqual([]);
  });
});

describe('the previews’ summaries', () => {
  const say = async (lng: 'fr' | 'en', key: 'matchSettings.preview.summary' | 'leaderSettings.preview.summary', count: number) => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng, resources, interpolation: { escapeValue: false } });
    return i18n.t(key, { count, total: 5 });
  };

  // French says « 0 demande » in the singular, which reads as a slip: nothing moved is said in words.
  it('say that nothing moves in words, not as « 0 »', async () => {
    expect(await say('fr', 'matchSettings.preview.summary', 0)).toBe('Aucune demande sur 5 ne change de premier·ère bénévole.');
    expect(await say('fr', 'leaderSettings.preview.summary', 0)).toBe('Aucune personne classée sur 5 ne change de place.');
    expect(await say('en', 'matchSettings.preview.summary', 0)).toBe('No request out of 5 gets a different first volunteer.');
    expect(await say('fr', 'matchSettings.preview.summary', 2)).toBe('2 demandes sur 5 changent de premier·ère bénévole.');
  });
});
