import type { LeaderScoreFieldsFragment } from '@relais/admin-data-access';
import type { LeaderComponentName } from '@relais/domain-leaders';
import { isLeaderComponentName } from './leader-components';

export type LeaderFacts = LeaderScoreFieldsFragment['facts'];

/** One thing the facts say, before it is put into words of some language. */
export type FactPhrase =
  | { kind: 'helps' | 'residents'; count: number; days: number }
  | { kind: 'rating'; rating: number; count: number }
  | { kind: 'noRating' }
  | { kind: 'endorsements' | 'recruits'; count: number };

const helps = (facts: LeaderFacts): FactPhrase => ({ kind: 'helps', count: facts.helps, days: facts.windowDays });
const residents = (facts: LeaderFacts): FactPhrase => ({ kind: 'residents', count: facts.distinctResidents, days: facts.windowDays });
const rating = (facts: LeaderFacts): FactPhrase =>
  facts.meanRating === null || facts.ratings === 0 ? { kind: 'noRating' } : { kind: 'rating', rating: facts.meanRating, count: facts.ratings };
const endorsements = (facts: LeaderFacts): FactPhrase => ({ kind: 'endorsements', count: facts.endorsements });
const recruits = (facts: LeaderFacts): FactPhrase => ({ kind: 'recruits', count: facts.recruits });

const BY_COMPONENT: Record<LeaderComponentName, (facts: LeaderFacts) => FactPhrase[]> = {
  activity: (facts) => [helps(facts)],
  reach: (facts) => [residents(facts), recruits(facts)],
  trust: (facts) => [rating(facts), endorsements(facts)],
  // Completions against acceptances and the trust graph are not among the facts: their hints say what they weigh.
  reliability: () => [],
  centrality: () => [],
};

/** What the facts say about one part of the score; nothing for a part this app does not know. */
export function componentPhrases(name: string, facts: LeaderFacts): FactPhrase[] {
  return isLeaderComponentName(name) ? BY_COMPONENT[name](facts) : [];
}

/**
 * The few words a ranking row or a card leads with: how many neighbours were helped and how well,
 * then who vouches and whom they brought in, when there are any.
 */
export function summaryPhrases(facts: LeaderFacts): FactPhrase[] {
  const phrases = [residents(facts)];
  if (facts.meanRating !== null && facts.ratings > 0) phrases.push(rating(facts));
  if (facts.endorsements > 0) phrases.push(endorsements(facts));
  if (facts.recruits > 0) phrases.push(recruits(facts));
  return phrases;
}
