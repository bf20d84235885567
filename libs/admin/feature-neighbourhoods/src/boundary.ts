import type { PolygonCoordinates } from '@relais/domain-geo';

/**
 * The polygons of a boundary given as GeoJSON geometry text, Polygon or MultiPolygon alike;
 * none when the text is not such a geometry, so one bad row cannot break the whole map.
 */
export function parseBoundary(text: string): PolygonCoordinates[] {
  let geometry: unknown;
  try {
    geometry = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof geometry !== 'object' || geometry === null) return [];
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (!Array.isArray(coordinates)) return [];
  if (type === 'Polygon') return [coordinates as PolygonCoordinates];
  if (type === 'MultiPolygon') return coordinates as PolygonCoordinates[];
  return [];
}
