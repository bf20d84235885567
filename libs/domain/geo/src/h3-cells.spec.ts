import fc from 'fast-check';
import type { PolygonGeometry } from './geojson-geometry';
import { COARSE_RESOLUTION, cellCentre, cellOf, cellToId, coarseCentre, coverArea, idToCell, outerRing } from './h3-cells';
import { areaContains, interiorPoint, randomPointIn } from './interior-point';
import { haversineMeters } from './distance';

const box = (lng: number, lat: number, size: number, clockwise = false): PolygonGeometry => {
  const ring: [number, number][] = [[lng, lat], [lng + size, lat], [lng + size, lat + size], [lng, lat + size], [lng, lat]];
  return { type: 'Polygon', coordinates: [clockwise ? ring.reverse() : ring] };
};

describe('H3 cells', () => {
  it('round-trips a cell through its bigint form', () => {
    fc.assert(
      fc.property(fc.double({ min: -80, max: 80, noNaN: true }), fc.double({ min: -179, max: 179, noNaN: true }), (lat, lng) => {
        const id = cellOf({ lat, lng });
        expect(cellToId(idToCell(id))).toBe(id);
        expect(BigInt(id) > 0n).toBe(true);
      }),
    );
  });

  it('keeps a point within a cell of its centre (~200 m at resolution 9)', () => {
    fc.assert(
      fc.property(fc.double({ min: 43, max: 49, noNaN: true }), fc.double({ min: 1, max: 3, noNaN: true }), (lat, lng) => {
        expect(haversineMeters({ lat, lng }, cellCentre(cellOf({ lat, lng })))).toBeLessThan(250);
      }),
    );
  });

  it('gives the centre of a coarse cell, cached, within 0.6 km of any point of it anywhere on Earth', () => {
    fc.assert(
      fc.property(fc.double({ min: -89, max: 89, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }), (lat, lng) => {
        const cell = cellOf({ lat, lng }, COARSE_RESOLUTION);
        expect(coarseCentre(cell)).toEqual(cellCentre(cell));
        expect(haversineMeters({ lat, lng }, coarseCentre(cell))).toBeLessThan(600);
      }),
      { numRuns: 2000 },
    );
  });

  it('covers an area with the cells of its points, whatever the winding', () => {
    const area = box(2.3, 48.85, 0.02);
    const cover = new Set(coverArea(area));
    expect(new Set(coverArea(box(2.3, 48.85, 0.02, true)))).toEqual(cover);
    // ~1.5 km × 2.2 km is some 30 cells of 0.1 km².
    expect(cover.size).toBeGreaterThan(20);
    expect(cover.has(cellOf(interiorPoint(area)))).toBe(true);
  });

  it('gives a tiny area the cell of its interior point', () => {
    const tiny = box(2.3, 48.85, 0.0005);
    expect(coverArea(tiny)).toEqual([cellOf(interiorPoint(tiny))]);
  });

  it('rings a cover with cells outside it that touch it', () => {
    const cover = coverArea(box(2.3, 48.85, 0.01));
    const ring = outerRing(cover);
    expect(ring.length).toBeGreaterThan(0);
    expect(ring.some((cell) => cover.includes(cell))).toBe(false);
  });
});

describe('points in areas', () => {
  it('draws random points that are inside the area', () => {
    const area = box(2.3, 48.85, 0.02, true);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        let state = seed;
        const random = () => ((state = (state * 48271) % 2147483647) / 2147483647);
        expect(areaContains(area, randomPointIn(area, random))).toBe(true);
      }),
    );
  });

  it('finds an interior point of a C-shaped area, where the centroid is outside', () => {
    const c: PolygonGeometry = {
      type: 'Polygon',
      coordinates: [[[0, 0], [3, 0], [3, 1], [1, 1], [1, 2], [3, 2], [3, 3], [0, 3], [0, 0]]],
    };
    expect(areaContains(c, { lat: 1.5, lng: 1.5 })).toBe(false);
    expect(areaContains(c, interiorPoint(c))).toBe(true);
  });
});
