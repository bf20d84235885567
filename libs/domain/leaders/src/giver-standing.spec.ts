import fc from 'fast-check';
import type { GiverRecord } from './giver-standing';
import { FRESH_STANDING, UNEARNED_SIGNAL_BUDGET, giverStanding, tookPart } from './giver-standing';
import { ENDORSEMENT, REFERRAL, leaderColumnsOf } from './leader-columns';
import { indexLeaderColumns } from './leader-index';
import { scoreNeighbourhood } from './leader-score';
import { DEFAULT_LEADER_SETTINGS } from './leader-settings';
import type { Background } from './leader-test-fixtures';
import { NOW, THERE, arbitraryAge, arbitraryBackground, arbitrarySettings, daysAgo, entryOf, makeVolunteer, withExtra } from './leader-test-fixtures';
import type { LeaderEndorsement, LeaderHelp, LeaderReferral, LeaderSettings } from './leader-types';
import { TallyScratch } from './volunteer-tally';

/** PageRank and LeaderRank are iterated to 1e-13; comparisons allow for that. */
const EPSILON = 1e-9;

const arbitraryRecord: fc.Arbitrary<GiverRecord> = fc.record({ helped: fc.nat(10), thanked: fc.nat(10), vouched: fc.double({ min: 0, max: 5, noNaN: true }) });
const FAKES_MAX = 60;

/** n accounts that have done nothing, each endorsing t and recruited by t, `age` days ago. */
function burst(n: number, age: number): Pick<Background, 'endorsements' | 'referrals'> {
  const fakes = Array.from({ length: n }, (_, i) => `fake-${i}`);
  return {
    endorsements: fakes.map((fake) => ({ endorserId: fake, endorsedId: 't', at: daysAgo(age) })),
    referrals: fakes.map((fake) => ({ recruitId: fake, recruiterId: 't', at: daysAgo(age) })),
  };
}

/** Helps `giver` gave to people of their own, none of them in the background. */
const helpsBy = (giver: string, count: number): LeaderHelp[] =>
  Array.from({ length: count }, (_, i) => ({ helperId: giver, residentId: `${giver}-helped-${i}`, at: daysAgo(300), rating: null }));

/** Person t's raw tally, and the total trust their endorsements and referrals pass on the graph. */
function rawOf(input: { helps: LeaderHelp[]; endorsements: LeaderEndorsement[]; referrals: LeaderReferral[] }, settings: LeaderSettings) {
  const columns = leaderColumnsOf({ volunteers: [makeVolunteer('t')], ...input });
  const index = indexLeaderColumns(columns, NOW, settings);
  const t = 0; // the first volunteer is the first person numbered
  let signals = 0;
  for (let k = index.inStarts[t] as number; k < (index.inStarts[t + 1] as number); k++) {
    const e = index.inEdges[k] as number;
    if (columns.interactions.kind[e] === ENDORSEMENT || columns.interactions.kind[e] === REFERRAL) signals += index.trust[e] as number;
  }
  return { ...new TallyScratch(columns.people).tally(index, t), signals };
}

describe('giver standing', () => {
  it('weighs an account that has done nothing at a tenth of an established one, rising with each piece of evidence', () => {
    const fresh = giverStanding({ helped: 0, thanked: 0, vouched: 0 });
    expect(fresh).toBe(FRESH_STANDING);
    expect(fresh).toBeLessThanOrEqual(0.2 * giverStanding({ helped: 3, thanked: 0, vouched: 0 }));
    expect(giverStanding({ helped: 1, thanked: 1, vouched: 1 })).toBe(1);
    expect(tookPart({ helped: 0, thanked: 0 })).toBe(false);
    fc.assert(
      fc.property(arbitraryRecord, fc.constantFrom<keyof GiverRecord>('helped', 'thanked', 'vouched'), (record, more) => {
        const standing = giverStanding(record);
        expect(standing).toBeGreaterThanOrEqual(FRESH_STANDING);
        expect(standing).toBeLessThanOrEqual(1);
        expect(giverStanding({ ...record, [more]: record[more] + 1 })).toBeGreaterThanOrEqual(standing);
      }),
    );
  });

  it('makes a signal weigh more, never less, as its giver does more', () => {
    fc.assert(
      fc.property(fc.nat(6), fc.nat(6), arbitraryAge, (before, more, age) => {
        const weigh = (helps: number, kind: 'endorsement' | 'referral') =>
          rawOf(
            {
              helps: helpsBy('g', helps),
              endorsements: kind === 'endorsement' ? [{ endorserId: 'g', endorsedId: 't', at: daysAgo(age) }] : [],
              referrals: kind === 'referral' ? [{ recruitId: 'g', recruiterId: 't', at: daysAgo(age) }] : [],
            },
            DEFAULT_LEADER_SETTINGS,
          );
        for (const kind of ['endorsement', 'referral'] as const) {
          const [less, most] = [weigh(before, kind), weigh(before + more, kind)];
          expect(most.signals).toBeGreaterThanOrEqual(less.signals);
          expect(most.trust).toBeGreaterThanOrEqual(less.trust);
          expect(most.reach).toBeGreaterThanOrEqual(less.reach);
        }
        // A recruit counts once they have taken part.
        expect(weigh(0, 'referral').reach).toBe(0);
        if (before > 0) expect(weigh(before, 'referral').reach).toBeGreaterThan(0);
      }),
    );
  });

  it('lets no burst of fresh accounts lift a volunteer past anyone that one established endorsement would not', () => {
    // The margin: what one endorsement from an established neighbour (three helps given, endorsing
    // nobody else), made at the same time, lifts t by against each rival. Any number of accounts
    // that have done nothing, each endorsing t and recruited by t, never gain t more than that.
    const established = (age: number): Partial<Background> => ({
      volunteers: [makeVolunteer('t'), makeVolunteer('e', { neighbourhoodId: THERE })],
      helps: helpsBy('e', 3),
      endorsements: [{ endorserId: 'e', endorsedId: 't', at: daysAgo(age) }],
    });
    fc.assert(
      fc.property(arbitraryBackground, arbitrarySettings, fc.integer({ min: 1, max: FAKES_MAX }), arbitraryAge, (background, settings, n, age) => {
        const attacked = scoreNeighbourhood(withExtra(background, { volunteers: [makeVolunteer('t')], ...burst(n, age) }, settings));
        const endorsed = scoreNeighbourhood(withExtra(background, established(age), settings));
        const [t, tEndorsed] = [entryOf(attacked, 't'), entryOf(endorsed, 't')];
        for (const rival of attacked.filter((entry) => entry.personId !== 't')) {
          expect(t.score - rival.score).toBeLessThanOrEqual(tEndorsed.score - entryOf(endorsed, rival.personId).score + EPSILON);
        }
      }),
    );
  });

  it('gives all fresh accounts together at most half an endorsement, one of them at most a tenth, and no reach', () => {
    fc.assert(
      fc.property(arbitraryBackground, fc.integer({ min: 0, max: FAKES_MAX }), arbitraryAge, (background, n, age) => {
        const input = (fakes: number) => ({ helps: background.helps, ...burst(fakes, age) });
        const [without, one, all, allButOne] = [0, 1, n + 1, n].map((fakes) => rawOf(input(fakes), DEFAULT_LEADER_SETTINGS)) as [
          ReturnType<typeof rawOf>,
          ReturnType<typeof rawOf>,
          ReturnType<typeof rawOf>,
          ReturnType<typeof rawOf>,
        ];
        expect(without.signals).toBe(0);
        expect(one.signals).toBeLessThanOrEqual(FRESH_STANDING + EPSILON);
        expect(all.signals).toBeLessThanOrEqual(UNEARNED_SIGNAL_BUDGET + EPSILON);
        expect(Math.abs(all.signals - allButOne.signals)).toBeLessThanOrEqual(FRESH_STANDING + EPSILON);
        expect(all.reach).toBe(without.reach);
        expect(all.trust).toBeGreaterThanOrEqual(allButOne.trust - EPSILON);
      }),
    );
  });

  it('counts an established endorser whole, however many fresh accounts endorse the same person', () => {
    const whole = rawOf({ helps: helpsBy('e', 3), endorsements: [{ endorserId: 'e', endorsedId: 't', at: NOW }], referrals: [] }, DEFAULT_LEADER_SETTINGS);
    const crowded = rawOf(
      { helps: helpsBy('e', 3), endorsements: [{ endorserId: 'e', endorsedId: 't', at: NOW }, ...burst(FAKES_MAX, 0).endorsements], referrals: [] },
      DEFAULT_LEADER_SETTINGS,
    );
    expect(whole.signals).toBeCloseTo(1, 12);
    expect(crowded.signals).toBeCloseTo(1 + UNEARNED_SIGNAL_BUDGET, 12);
  });

  it('lends standing through vouches shared among everyone a participant endorses', () => {
    // v helped once and endorses a and four others: a holds a fifth of a vouch, b (endorsed by v alone) a whole one.
    const others = ['o1', 'o2', 'o3', 'o4'].map((id) => ({ endorserId: 'v', endorsedId: id, at: NOW }));
    const signalOf = (endorser: string, extra: LeaderEndorsement[]) =>
      rawOf(
        {
          helps: helpsBy('v', 1),
          endorsements: [{ endorserId: 'v', endorsedId: endorser, at: NOW }, ...extra, { endorserId: endorser, endorsedId: 't', at: NOW }],
          referrals: [],
        },
        DEFAULT_LEADER_SETTINGS,
      ).signals;
    expect(signalOf('a', others)).toBeCloseTo(giverStanding({ helped: 0, thanked: 0, vouched: 1 / 5 }), 12);
    expect(signalOf('b', [])).toBeCloseTo(giverStanding({ helped: 0, thanked: 0, vouched: 1 }), 12);
  });
});
