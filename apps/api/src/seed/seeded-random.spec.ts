import { isUuid } from '@relais/server-shared';
import { draw, seededRandom } from './seeded-random';

describe('seeded random draws', () => {
  it('repeats exactly for the same seed, and differs for another', () => {
    const take = (seed: number) => {
      const d = draw(seed);
      return [d.random(), d.int(1000), d.uuid(), d.pick(['a', 'b', 'c']), d.chance(0.5)];
    };
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });

  it('stays in [0, 1) and spreads evenly enough to place people fairly', () => {
    const random = seededRandom(7);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      buckets[Math.floor(value * 10)]++;
    }
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('makes version-4 UUIDs PostgreSQL accepts', () => {
    const d = draw(1);
    for (let i = 0; i < 100; i++) {
      const id = d.uuid();
      expect(isUuid(id)).toBe(true);
      expect(id[14]).toBe('4');
      expect('89ab').toContain(id[19]);
    }
  });
});
