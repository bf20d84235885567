import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BOUNDARY_LIMITS, boundarySize, boundaryTooLarge } from './boundary-size';
import type { AreaGeometry, Position } from './geojson-geometry';
import { coverArea } from './h3-cells';
import { GeometryError, validateAreaGeometry } from './validate-geometry';

const DATA = path.join(__dirname, '../../../../data/neighbourhoods');

function quartiers(file: string): { name: string; geometry: AreaGeometry }[] {
  const collection = JSON.parse(readFileSync(path.join(DATA, file), 'utf8')) as { features: { properties: { name: string }; geometry: AreaGeometry }[] };
  return collection.features.map((f) => ({ name: f.properties.name, geometry: f.geometry }));
}

const box = (lng: number, lat: number, side: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [[[lng, lat], [lng + side, lat], [lng + side, lat + side], [lng, lat + side], [lng, lat]]],
});

describe('boundarySize', () => {
  it('measures an area on the sphere, either winding, holes taken out', () => {
    // 0.01° at 48°N: 1.113 km north–south by 0.745 km east–west.
    expect(boundarySize(box(2, 48, 0.01)).areaKm2).toBeCloseTo(0.83, 2);
    const clockwise: AreaGeometry = { type: 'Polygon', coordinates: [[[2, 48], [2, 48.01], [2.01, 48.01], [2.01, 48], [2, 48]]] };
    expect(boundarySize(clockwise).areaKm2).toBeCloseTo(0.83, 2);
    const outer = box(2, 48, 0.02).coordinates[0] as Position[];
    const hole = box(2.005, 48.005, 0.01).coordinates[0] as Position[];
    expect(boundarySize({ type: 'Polygon', coordinates: [outer, hole] }).areaKm2).toBeCloseTo(3 * 0.83, 1);
  });

  it('agrees with the H3 cover on every real quartier, and finds each well inside the limits', () => {
    const all = [...quartiers('paris-quartiers.geojson'), ...quartiers('toulouse-quartiers.geojson')];
    const sizes = all.map(({ geometry }) => ({ ...boundarySize(geometry), cells: coverArea(geometry).length }));
    for (const size of sizes) {
      // Resolution-9 cells are 0.105 km² on average; a small quartier's cover is coarse.
      expect(Math.abs(size.cells * 0.105 - size.areaKm2)).toBeLessThan(Math.max(0.6, size.areaKm2 * 0.2));
      expect(boundaryTooLarge(size)).toBeNull();
    }
    const largest = (key: 'areaKm2' | 'lngSpan' | 'latSpan' | 'positions') => Math.max(...sizes.map((s) => s[key]));
    expect(largest('areaKm2')).toBeCloseTo(14.7, 1);
    expect(largest('areaKm2') * 3).toBeLessThan(BOUNDARY_LIMITS.areaKm2);
    expect(Math.max(largest('lngSpan'), largest('latSpan')) * 5).toBeLessThan(BOUNDARY_LIMITS.spanDegrees);
    expect(largest('positions')).toBe(709);
  });
});

describe('a boundary too large for a quartier', () => {
  it.each([
    ['a 10°×10° box', box(0, 40, 10), /spans 10\.00° by 10\.00°/],
    ['a 0.3° box: under the span, over the area', box(2, 48, 0.3), /covers 7\d\d km², more than 50 km²/],
    ['a sliver 2° long with almost no area', { type: 'Polygon', coordinates: [[[2, 48], [4, 50], [4.0001, 50], [2, 48]]] } as AreaGeometry, /spans 2\.00° by 2\.00°/],
  ])('refuses %s, before any cell is computed', (_label, geometry, message) => {
    expect(() => validateAreaGeometry(geometry)).toThrow(GeometryError);
    expect(() => validateAreaGeometry(geometry)).toThrow(message);
  });

  it('refuses more positions than the limit before looking for self-intersections', () => {
    const ring: Position[] = Array.from({ length: BOUNDARY_LIMITS.positions }, (_, i) => {
      const angle = (2 * Math.PI * i) / BOUNDARY_LIMITS.positions;
      return [2 + 0.01 * Math.cos(angle), 48 + 0.01 * Math.sin(angle)];
    });
    ring.push(ring[0] as Position);
    expect(() => validateAreaGeometry({ type: 'Polygon', coordinates: [ring] })).toThrow(/has 5001 positions, more than 5000: simplify it/);
    expect(() => validateAreaGeometry({ type: 'Polygon', coordinates: [ring.slice(0, -2).concat([ring[0] as Position])] })).not.toThrow();
  });
});
