import type { LatLng, Position } from '@relais/domain-geo';
import { cellToBoundary, latLngToCell } from 'h3-js';

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
