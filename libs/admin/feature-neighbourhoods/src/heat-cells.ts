import type { LatLng, PolygonCoordinates, Position } from '@relais/domain-geo';
import { UNITS, cellToBoundary, getHexagonAreaAvg, latLngToCell, polygonToCells } from 'h3-js';

/** ~0.7 km² hexagons: the grain the API already blurs request locations to. */
export const HEAT_RESOLUTION = 8;

export interface HeatCell {
  /** The H3 index, hexadecimal. */
  id: string;
  count: number;
  /** The cell's boundary, closed, as GeoJSON [lng, lat] positions. */
  ring: Position[];
}

/** Counts the points per H3 cell; busiest first. */
export function binByCell(points: readonly LatLng[], resolution: number = HEAT_RESOLUTION): HeatCell[] {
  const counts = new Map<string, number>();
  for (const { lat, lng } of points) {
    const cell = latLngToCell(lat, lng, resolution);
    counts.set(cell, (counts.get(cell) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .map(([id, count]) => ({ id, count, ring: cellToBoundary(id, true) as Position[] }));
}

/** Faint for one request, strong for the busiest cell; never invisible, never opaque. */
export function heatOpacity(count: number, max: number): number {
  if (max <= 0) return 0;
  return 0.2 + 0.6 * Math.min(1, count / max);
}

/** The API blurs others' requests to resolution-8 cells: finer cells would only split one point. */
export const COARSEST_PUBLIC_RESOLUTION = 8;
/** Enough cells to show where in a quartier needs gather, few enough to read. */
const TARGET_CELLS = 20;
const FINEST = 10;
const COARSEST = 6;

/**
 * The resolution whose cells cut a quartier of this area into some tens of cells, no finer than
 * the points are precise: resolution 8 at most unless every point is an exact place.
 */
export function heatResolutionFor(areaM2: number, exact: boolean): number {
  const finest = exact ? FINEST : COARSEST_PUBLIC_RESOLUTION;
  for (let resolution = COARSEST; resolution < finest; resolution++) {
    if (areaM2 / getHexagonAreaAvg(resolution, UNITS.m2) >= TARGET_CELLS) return resolution;
  }
  return finest;
}

/** Every cell whose centre lies in the quartier: the grid the heat is drawn on, empty cells included. */
export function quartierCells(polygons: readonly PolygonCoordinates[], resolution: number): string[] {
  const cells = new Set<string>();
  for (const polygon of polygons) for (const cell of polygonToCells(polygon as number[][][], resolution, true)) cells.add(cell);
  return [...cells].sort();
}

export function cellRing(cell: string): Position[] {
  return cellToBoundary(cell, true) as Position[];
}
