import type { LeaderFacts } from './leader-facts';
import { componentPhrases, summaryPhrases } from './leader-facts';

const facts: LeaderFacts = { windowDays: 60, helps: 20, distinctResidents: 14, meanRating: 4.8, ratings: 11, endorsements: 3, recruits: 2 };
const quiet: LeaderFacts = { windowDays: 60, helps: 1, distinctResidents: 1, meanRating: null, ratings: 0, endorsements: 0, recruits: 0 };

describe('componentPhrases', () => {
  it('explains activity, reach and trust from the counts', () => {
    expect(componentPhrases('activity', facts)).toEqual([{ kind: 'helps', count: 20, days: 60 }]);
    expect(componentPhrases('reach', facts)).toEqual([
      { kind: 'residents', count: 14, days: 60 },
      { kind: 'recruits', count: 2 },
    ]);
    expect(componentPhrases('trust', facts)).toEqual([
      { kind: 'rating', rating: 4.8, count: 11 },
      { kind: 'endorsements', count: 3 },
    ]);
  });

  it('says there is no rating yet rather than a mean of nothing', () => {
    expect(componentPhrases('trust', quiet)[0]).toEqual({ kind: 'noRating' });
  });

  it('has no counts for reliability, centrality, or a part it does not know', () => {
    expect(componentPhrases('reliability', facts)).toEqual([]);
    expect(componentPhrases('centrality', facts)).toEqual([]);
    expect(componentPhrases('charisma', facts)).toEqual([]);
  });
});

describe('summaryPhrases', () => {
  it('leads with the neighbours helped, then the rating, endorsements and recruits', () => {
    expect(summaryPhrases(facts).map((phrase) => phrase.kind)).toEqual(['residents', 'rating', 'endorsements', 'recruits']);
  });

  it('leaves out what is zero, but always says how many were helped', () => {
    expect(summaryPhrases(quiet)).toEqual([{ kind: 'residents', count: 1, days: 60 }]);
  });
});
