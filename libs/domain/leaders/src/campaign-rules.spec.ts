import fc from 'fast-check';
import { CAMPAIGN_TITLE, checkCampaignInput, checkRelayReach, splitAtWeeklyCap } from './campaign-rules';

describe('campaign rules', () => {
  it('names each field at fault', () => {
    expect(checkCampaignInput({ title: '  ', message: 'x'.repeat(5001), neighbourhoodIds: [] }).map((e) => e.field)).toEqual(['title', 'message', 'neighbourhoodIds']);
    expect(checkCampaignInput({ title: 'x'.repeat(CAMPAIGN_TITLE.max), message: 'Venez', neighbourhoodIds: ['a'] })).toEqual([]);
  });

  it('takes a reach from 0 to 100,000, whole', () => {
    expect([0, 100_000, 37].flatMap(checkRelayReach)).toEqual([]);
    expect([-1, 100_001, 2.5].map((reach) => checkRelayReach(reach).length)).toEqual([1, 1, 1]);
  });

  it('reaches exactly those under the weekly cap and skips the rest', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(6)), fc.nat(5), (counts, cap) => {
        const { reached, skipped } = splitAtWeeklyCap(counts.map((receivedThisWeek) => ({ receivedThisWeek })), cap);
        expect(reached.length + skipped.length).toBe(counts.length);
        expect(reached.every((a) => a.receivedThisWeek < cap)).toBe(true);
        expect(skipped.every((a) => a.receivedThisWeek >= cap)).toBe(true);
      }),
    );
  });
});
