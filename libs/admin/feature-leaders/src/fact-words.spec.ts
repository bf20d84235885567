import { resources } from '@relais/admin-i18n/testing';
import i18next from 'i18next';
import type { FactVoice } from './fact-words';
import { factWords } from './fact-words';
import type { FactPhrase, LeaderFacts } from './leader-facts';
import { summaryPhrases } from './leader-facts';

async function wordsIn(language: 'fr' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: language, interpolation: { escapeValue: false } });
  const rating = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return (phrase: FactPhrase, voice: FactVoice = 'theirs') => factWords(phrase, voice, i18n.t, (value) => rating.format(value));
}

const facts: LeaderFacts = { windowDays: 60, helps: 20, distinctResidents: 14, meanRating: 4.8, ratings: 11, endorsements: 3, recruits: 2 };

describe('factWords', () => {
  it('says in French what a leader did, in plain words', async () => {
    const words = await wordsIn('fr');
    expect(summaryPhrases(facts).map((phrase) => words(phrase))).toEqual([
      'A aidé 14 voisin·e·s différent·e·s en 60 jours',
      'Note moyenne 4,8 (11 avis)',
      '3 recommandations',
      'A fait venir 2 personnes',
    ]);
  });

  it('uses the singular for one, and for none, as French does', async () => {
    const words = await wordsIn('fr');
    expect(words({ kind: 'residents', count: 1, days: 60 })).toBe('A aidé 1 voisin·e différent·e en 60 jours');
    expect(words({ kind: 'recruits', count: 0 })).toBe('A fait venir 0 personne');
    expect(words({ kind: 'endorsements', count: 1 })).toBe('1 recommandation');
    expect(words({ kind: 'helps', count: 2, days: 30 })).toBe('A rendu 2 services en 30 jours');
  });

  it('says the same in English, where none is plural', async () => {
    const words = await wordsIn('en');
    expect(words({ kind: 'residents', count: 14, days: 60 })).toBe('Helped 14 different neighbours in 60 days');
    expect(words({ kind: 'residents', count: 1, days: 60 })).toBe('Helped 1 different neighbour in 60 days');
    expect(words({ kind: 'recruits', count: 0 })).toBe('Brought in 0 people');
    expect(words({ kind: 'rating', rating: 4.8, count: 1 })).toBe('Average rating 4.8 (1 review)');
    expect(words({ kind: 'noRating' })).toBe('No ratings yet');
  });

  it('speaks to the volunteer about themself on their own page', async () => {
    const fr = await wordsIn('fr');
    const en = await wordsIn('en');
    expect(fr({ kind: 'residents', count: 14, days: 60 }, 'mine')).toBe('Vous avez aidé 14 voisin·e·s différent·e·s en 60 jours');
    expect(en({ kind: 'recruits', count: 1 }, 'mine')).toBe('You brought in 1 person');
  });
});
