import type { LatLng } from '@relais/domain-geo';
import { polygonContains } from '@relais/domain-geo';
import type { Outline } from './map-layout';

/** The outline a position falls in, if any. */
export function outlineAt(outlines: readonly Outline[], point: LatLng): Outline | null {
  return outlines.find((outline) => outline.polygons.some((polygon) => polygonContains(polygon, point.lng, point.lat))) ?? null;
}
