/**
 * Where a volunteer stands, from their consent and whether a score is stored. A change of consent is
 * applied at the quartier's next computation, a minute or two later: until then the two may disagree.
 */
export type StandingState = 'ranked' | 'leaving' | 'pending' | 'noConsent';

export function standingState(consent: boolean, ranked: boolean): StandingState {
  if (consent) return ranked ? 'ranked' : 'pending';
  return ranked ? 'leaving' : 'noConsent';
}
