import fc from 'fast-check';
import { CONSENT_WORDINGS, ConsentChannel, ConsentPurpose, consentDecisions, consentsAtSignUp, digestOnBecomingOrganiser } from './consent';
import type { Consents } from './consent';
import { Role } from './role';

const purposes = Object.values(ConsentPurpose);
const consentsArb = fc.record(Object.fromEntries(purposes.map((p) => [p, fc.boolean()])) as Record<ConsentPurpose, fc.Arbitrary<boolean>>);
const changeArb = fc.record(Object.fromEntries(purposes.map((p) => [p, fc.constantFrom(true, false, null, undefined)])), { requiredKeys: [] });

describe('consents', () => {
  it('has one wording version per purpose, each naming its purpose', () => {
    for (const purpose of purposes) expect(CONSENT_WORDINGS[purpose]).toMatch(new RegExp(`^${purpose.toLowerCase()}@`));
  });

  it('ticks nothing at sign-up but the digest for volunteers', () => {
    expect(consentsAtSignUp([Role.RESIDENT], {})).toEqual({ RANKING: false, NEWS: false, DIGEST: false, CONTACT: false });
    expect(consentsAtSignUp([Role.VOLUNTEER], {})).toEqual({ RANKING: false, NEWS: false, DIGEST: true, CONTACT: false });
    expect(consentsAtSignUp([Role.ADMIN], {})).toMatchObject({ DIGEST: false });
    expect(consentsAtSignUp([Role.RESIDENT], { RANKING: true, NEWS: true, DIGEST: null })).toEqual({
      RANKING: true,
      NEWS: true,
      DIGEST: false,
      CONTACT: false,
    });
  });

  it('decides only what a change names and differs, and applying the decisions gives the change', () => {
    fc.assert(
      fc.property(consentsArb, changeArb, (current: Consents, change) => {
        const decisions = consentDecisions(current, change);
        const after = { ...current, ...Object.fromEntries(decisions.map((d) => [d.purpose, d.granted])) };
        for (const purpose of purposes) {
          const asked = change[purpose];
          expect(after[purpose]).toBe(asked == null ? current[purpose] : asked);
        }
        expect(decisions.every((d) => current[d.purpose] !== d.granted)).toBe(true);
        expect(consentDecisions(after, change)).toEqual([]);
      }),
    );
  });
});

describe('digestOnBecomingOrganiser', () => {
  const off = (channel: ConsentChannel) => ({ granted: false, channel });
  it('turns the digest on for someone who never chose', () => {
    expect(digestOnBecomingOrganiser(false, [off(ConsentChannel.SIGN_UP)])).toBe(true);
    expect(digestOnBecomingOrganiser(false, [off(ConsentChannel.BEFORE_LEDGER)])).toBe(true);
  });
  it('leaves it off for someone who turned it off, however long ago', () => {
    for (const channel of [ConsentChannel.PROFILE, ConsentChannel.UNSUBSCRIBE_LINK, ConsentChannel.ORGANISER]) {
      expect(digestOnBecomingOrganiser(false, [{ granted: true, channel: ConsentChannel.SIGN_UP }, off(channel)])).toBe(false);
    }
  });
  it('changes nothing when it is already on', () => {
    expect(digestOnBecomingOrganiser(true, [])).toBe(false);
  });
});
