import fc from 'fast-check';
import type { LatLng } from '@relais/domain-geo';
import { boxContains, haversineMeters, reachBox } from '@relais/domain-geo';
import { ReachGrid } from './reach-grid';

const parisPoint = fc.record({ lat: fc.double({ min: 48.8, max: 48.92, noNaN: true }), lng: fc.double({ min: 2.25, max: 2.42, noNaN: true }) });
const filing = fc.record({ key: fc.integer({ min: 0, max: 30 }).map(String), home: parisPoint, radius: fc.integer({ min: 100, max: 6000 }) });
/** Filings and removals in any order: a removal names a key, perhaps never filed. */
const operations = fc.array(fc.oneof(filing, fc.integer({ min: 0, max: 30 }).map((key) => ({ key: String(key) }))), { maxLength: 60 });

describe('ReachGrid', () => {
  it('finds exactly the boxes that contain a point, whatever was filed, refiled and removed before', () => {
    fc.assert(
      fc.property(operations, fc.array(parisPoint, { minLength: 1, maxLength: 10 }), (ops, points) => {
        const grid = new ReachGrid<string>();
        const expected = new Map<string, { home: LatLng; radius: number }>();
        for (const op of ops) {
          if ('home' in op) {
            grid.set(op.key, reachBox(op.home, op.radius), op.key);
            expected.set(op.key, op);
          } else {
            grid.delete(op.key);
            expected.delete(op.key);
          }
        }
        expect(grid.size).toBe(expected.size);
        for (const point of points) {
          const naive = [...expected].filter(([, f]) => boxContains(reachBox(f.home, f.radius), point)).map(([key]) => key);
          expect(grid.containing(point).sort()).toEqual(naive.sort());
        }
      }),
    );
  });

  // Along a parallel, a great circle is a little shorter than the parallel: the box, like the
  // database's, may miss the last 0.1 % of a radius.
  it('files a reach box that holds every point within the radius, but its last thousandth', () => {
    fc.assert(
      fc.property(parisPoint, parisPoint, fc.integer({ min: 100, max: 50_000 }), (home, point, radius) => {
        if (haversineMeters(home, point) <= radius * 0.999) expect(boxContains(reachBox(home, radius), point)).toBe(true);
      }),
    );
  });
});
