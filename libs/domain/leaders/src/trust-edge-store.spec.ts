import fc from 'fast-check';
import type { GiverColumns } from './giver-standing';
import { giverColumnsOf } from './giver-standing';
import type { InteractionColumns } from './leader-columns';
import type { InteractionEdge } from './trust-edge-store';
import { TrustEdgeStore } from './trust-edge-store';

const PEOPLE = 12;
const edge = fc.record({
  kind: fc.integer({ min: 1, max: 3 }),
  source: fc.nat(PEOPLE - 1),
  target: fc.nat(PEOPLE - 1),
  at: fc.integer({ min: 0, max: 3 }).map((day) => day * 86_400_000),
  rating: fc.integer({ min: 0, max: 5 }),
});
/** Adds, and removals of an edge added before (by position) or of one perhaps never there. */
const operations = fc.array(fc.oneof(edge.map((e) => ({ add: e })), fc.nat(40).map((i) => ({ removeAdded: i })), edge.map((e) => ({ remove: e }))), {
  maxLength: 60,
});

const key = (e: InteractionEdge) => `${e.kind}/${e.source}/${e.target}/${e.at}/${e.rating}`;
const rows = (columns: InteractionColumns) =>
  Array.from({ length: columns.count }, (_, i) =>
    key({ kind: columns.kind[i] as number, source: columns.source[i] as number, target: columns.target[i] as number, at: columns.at[i] as number, rating: columns.rating[i] as number }),
  ).sort();

const records = (givers: GiverColumns) =>
  Array.from({ length: givers.count }, (_, i) => [givers.person[i], givers.helped[i], givers.thanked[i], (givers.vouched[i] as number).toFixed(12)]).sort(
    (a, b) => (a[0] as number) - (b[0] as number),
  );

describe('TrustEdgeStore', () => {
  it('holds the multiset of edges its changes leave, and a neighbourhood its edges in and its voters’ edges in', () => {
    fc.assert(
      fc.property(operations, fc.uniqueArray(fc.nat(PEOPLE - 1), { maxLength: 4 }), (ops, volunteers) => {
        const store = new TrustEdgeStore(2, 2); // small, to grow
        const added: InteractionEdge[] = [];
        const expected: InteractionEdge[] = [];
        const removeOne = (e: InteractionEdge) => {
          const at = expected.findIndex((x) => key(x) === key(e));
          expect(store.remove(e)).toBe(at >= 0);
          if (at >= 0) expected.splice(at, 1);
        };
        for (const op of ops) {
          if ('add' in op) {
            store.add(op.add);
            added.push(op.add);
            expected.push(op.add);
          } else if ('remove' in op) removeOne(op.remove);
          else if (added.length) removeOne(added[op.removeAdded % added.length] as InteractionEdge);
        }
        expect(store.size).toBe(expected.length);
        expect(rows(store.all())).toEqual(expected.map(key).sort());

        const into = (people: Set<number>) => expected.filter((e) => people.has(e.target));
        const own = into(new Set(volunteers));
        const voters = new Set(own.map((e) => e.source).filter((p) => !volunteers.includes(p)));
        expect(rows(store.around(volunteers))).toEqual([...own, ...into(voters)].map(key).sort());
        // Givers' records kept as edges come and go are those counted from the edges left.
        const everyone = Array.from({ length: PEOPLE + 4 }, (_, p) => p);
        expect(records(store.givers(everyone))).toEqual(records(giverColumnsOf(store.all(), PEOPLE + 4)));
        // Laid out again person by person, it holds the same, and goes on changing alike.
        const copy = TrustEdgeStore.of(store.all(), PEOPLE);
        expect(rows(copy.around(volunteers))).toEqual(rows(store.around(volunteers)));
        for (const e of expected.slice(0, 3)) expect(copy.remove(e)).toBe(true);
        copy.add({ kind: 1, source: 0, target: PEOPLE + 3, at: 0, rating: 5 });
        expect(copy.size).toBe(store.size - Math.min(3, expected.length) + 1);
      }),
    );
  });

  it('is built from columns as they were read', () => {
    const store = new TrustEdgeStore();
    store.add({ kind: 1, source: 0, target: 1, at: 5, rating: 4 });
    store.add({ kind: 2, source: 2, target: 1, at: 6, rating: 0 });
    const copy = TrustEdgeStore.of(store.all(), 3);
    expect(rows(copy.all())).toEqual(rows(store.all()));
    expect(copy.remove({ kind: 1, source: 0, target: 1, at: 5, rating: 4 })).toBe(true);
    expect(copy.size).toBe(1);
    expect(copy.holes).toBe(0.5);
  });
});
