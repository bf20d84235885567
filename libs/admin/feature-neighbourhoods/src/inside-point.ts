import type { LatLng, PolygonCoordinates } from '@relais/domain-geo';
import { interiorPoint } from '@relais/domain-geo';

/** A point well inside the polygons (not a centroid, which a crescent-shaped quartier would not contain). */
export function insidePoint(polygons: PolygonCoordinates[]): LatLng | null {
  if (polygons.length === 0) return null;
  return interiorPoint({ type: 'MultiPolygon', coordinates: polygons });
}
