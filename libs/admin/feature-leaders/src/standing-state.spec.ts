import { standingState } from './standing-state';

describe('standingState', () => {
  it('tells why a volunteer is not ranked: no consent, or not computed yet', () => {
    expect(standingState(false, false)).toBe('noConsent');
    expect(standingState(true, false)).toBe('pending');
  });

  it('shows the score while ranked, and says it goes away once consent is withdrawn', () => {
    expect(standingState(true, true)).toBe('ranked');
    expect(standingState(false, true)).toBe('leaving');
  });
});
