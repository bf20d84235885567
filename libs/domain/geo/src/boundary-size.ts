import type { AreaGeometry, Ring } from './geojson-geometry';
import { polygonsOf } from './geojson-geometry';

/**
 * A neighbourhood is a city quartier, not a country: covering a 10°×10° box with resolution-9
 * cells ran for over a minute, took 3.6 GB and held the cell table's lock throughout. Measured on
 * data/neighbourhoods: the largest quartier is 14.7 km² (Toulouse's Saint-Simon, 151 cells;
 * Paris's largest, Picpus, 7.2 km²), the widest spans 0.083° of longitude and 0.06° of latitude,
 * the most detailed has 709 positions. The caps leave several times that room.
 */
export const BOUNDARY_LIMITS = {
  /** About 475 resolution-9 cells (0.105 km² each). */
  areaKm2: 50,
  /**
   * H3 sizes its work by the bounding box, not the area: a sliver 2° long with almost no area
   * took 57 ms and 70 MB, one 0.5° long 16 ms. 0.5° is 55 km north–south.
   */
  spanDegrees: 0.5,
  /** The self-intersection check is quadratic at worst: 0.37 s for 5,000 positions laid out against it. */
  positions: 5000,
} as const;

/** What a boundary measures, to compare with BOUNDARY_LIMITS. */
export interface BoundarySize {
  areaKm2: number;
  lngSpan: number;
  latSpan: number;
  positions: number;
}

const EARTH_RADIUS_M = 6_378_137;
const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/**
 * Area of a ring on the sphere (Chamberlain and Duquette, "Some algorithms for polygons on a
 * sphere", 2007, as in mapbox/geojson-area), whichever way it winds.
 */
export function ringAreaM2(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [lng1, lat1] = ring[i] as [number, number];
    const [lng2, lat2] = ring[i + 1] as [number, number];
    sum += toRadians(lng2 - lng1) * (2 + Math.sin(toRadians(lat1)) + Math.sin(toRadians(lat2)));
  }
  return Math.abs((sum * EARTH_RADIUS_M * EARTH_RADIUS_M) / 2);
}

export function boundarySize(geometry: AreaGeometry): BoundarySize {
  let area = 0;
  let positions = 0;
  let [minLng, maxLng, minLat, maxLat] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [outer, ...holes] of polygonsOf(geometry)) {
    area += ringAreaM2(outer ?? []) - holes.reduce((sum, hole) => sum + ringAreaM2(hole), 0);
    for (const ring of [outer ?? [], ...holes]) {
      positions += ring.length;
      for (const [lng, lat] of ring) {
        minLng = Math.min(minLng, lng);
        maxLng = Math.max(maxLng, lng);
        minLat = Math.min(minLat, lat);
        maxLat = Math.max(maxLat, lat);
      }
    }
  }
  return { areaKm2: Math.max(area, 0) / 1e6, lngSpan: maxLng - minLng, latSpan: maxLat - minLat, positions };
}

/** Why the boundary is too large for a neighbourhood, or null when it is not. */
export function boundaryTooLarge(size: BoundarySize): string | null {
  const { areaKm2, spanDegrees, positions } = BOUNDARY_LIMITS;
  if (size.positions > positions) return `has ${size.positions} positions, more than ${positions}: simplify it`;
  if (size.lngSpan > spanDegrees || size.latSpan > spanDegrees) {
    return `spans ${size.lngSpan.toFixed(2)}° by ${size.latSpan.toFixed(2)}°, more than ${spanDegrees}°: a neighbourhood is a quartier of a city`;
  }
  if (size.areaKm2 > areaKm2) return `covers ${Math.round(size.areaKm2)} km², more than ${areaKm2} km²: a neighbourhood is a quartier of a city`;
  return null;
}
