import type { TFunction } from 'i18next';
import type { FactPhrase } from './leader-facts';

/** Said of someone on the organiser's pages, or to the volunteer about themself. */
export type FactVoice = 'theirs' | 'mine';

const NAMESPACES = { theirs: 'leaderFacts', mine: 'myFacts' } as const;

/** A phrase in the current language, its counts in the right plural form ("1 voisin·e", "14 voisin·e·s"). */
export function factWords(phrase: FactPhrase, voice: FactVoice, t: TFunction, formatRating: (rating: number) => string): string {
  const namespace = NAMESPACES[voice];
  switch (phrase.kind) {
    case 'helps':
    case 'residents':
      return t(`${namespace}.${phrase.kind}`, { count: phrase.count, days: phrase.days });
    case 'rating':
      return t(`${namespace}.rating`, { count: phrase.count, rating: formatRating(phrase.rating) });
    case 'noRating':
      return t(`${namespace}.noRating`);
    case 'endorsements':
    case 'recruits':
      return t(`${namespace}.${phrase.kind}`, { count: phrase.count });
  }
}
