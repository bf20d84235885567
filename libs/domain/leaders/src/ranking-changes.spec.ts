import fc from 'fast-check';
import { rankingChanges } from './ranking-changes';

const ranked = (ids: readonly string[]) => ids.map((personId, i) => ({ personId, rank: i + 1, score: 1 - i / 10 }));

describe('rankingChanges', () => {
  it('lists the top of either ranking in the edited order, with both places', () => {
    const changes = rankingChanges(ranked(['ana', 'bea', 'cyr', 'dan']), ranked(['cyr', 'ana', 'dan', 'bea']), 2);
    expect(changes.map((change) => [change.personId, change.current.rank, change.edited.rank])).toEqual([
      ['cyr', 3, 1],
      ['ana', 1, 2],
      ['bea', 2, 4],
    ]);
    expect(changes[0]?.edited.score).toBe(1);
    expect(changes[0]?.current.score).toBeCloseTo(0.8, 12);
  });

  it('gives the unchanged top when nothing moves', () => {
    const same = ranked(['ana', 'bea', 'cyr']);
    expect(rankingChanges(same, same, 2).map((change) => change.personId)).toEqual(['ana', 'bea']);
  });

  it('leaves out someone missing from either ranking', () => {
    expect(rankingChanges(ranked(['ana']), ranked(['bea', 'ana']), 5).map((change) => change.personId)).toEqual(['ana']);
  });

  it('holds every person in the first places of either ranking, each once', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    fc.assert(
      fc.property(fc.shuffledSubarray(ids, { minLength: 7, maxLength: 7 }), fc.integer({ min: 1, max: 8 }), (order, first) => {
        const current = ranked(ids);
        const edited = ranked(order);
        const changes = rankingChanges(current, edited, first);
        const expected = new Set([...ids.slice(0, first), ...order.slice(0, first)]);
        expect(new Set(changes.map((change) => change.personId))).toEqual(expected);
        expect(changes).toHaveLength(expected.size);
        expect(changes.map((change) => change.edited.rank)).toEqual([...changes.map((change) => change.edited.rank)].sort((a, b) => a - b));
      }),
    );
  });
});
