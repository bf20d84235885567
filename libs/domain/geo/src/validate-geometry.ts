import { boundarySize, boundaryTooLarge } from './boundary-size';
import type { AreaGeometry, Position } from './geojson-geometry';
import { polygonsOf } from './geojson-geometry';
import { ringsIntersectThemselves } from './segment-intersection';

export class GeometryError extends Error {
  override name = 'GeometryError';
}

/**
 * Parses GeoJSON text (a bare Polygon/MultiPolygon geometry, or a Feature holding one) and
 * checks what a boundary needs: closed rings of at least 4 positions, valid lon/lat, the size of
 * a quartier (BOUNDARY_LIMITS), and no ring crossing itself. Throws GeometryError with a message
 * a person can act on.
 */
export function parseAreaGeometry(text: string): AreaGeometry {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new GeometryError('boundary is not valid JSON');
  }
  return validateAreaGeometry(value);
}

export function validateAreaGeometry(value: unknown): AreaGeometry {
  const area = checkShape(value);
  // Before the self-intersection check, quadratic at worst, and before anyone covers it with cells.
  const tooLarge = boundaryTooLarge(boundarySize(area));
  if (tooLarge) throw new GeometryError(tooLarge);
  const polygons = polygonsOf(area);
  polygons.forEach((rings, i) => {
    if (ringsIntersectThemselves(rings)) {
      throw new GeometryError(`${area.type === 'Polygon' ? 'polygon' : `polygon ${i + 1}`} intersects itself`);
    }
  });
  return area;
}

function checkShape(value: unknown): AreaGeometry {
  const geometry = isRecord(value) && value['type'] === 'Feature' ? value['geometry'] : value;
  if (!isRecord(geometry)) throw new GeometryError('boundary must be a GeoJSON geometry object');
  const { type, coordinates } = geometry;
  if (type === 'Polygon') {
    checkPolygon(coordinates, 'polygon');
    return { type, coordinates: coordinates as Position[][] };
  }
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) {
      throw new GeometryError('a MultiPolygon needs at least one polygon');
    }
    coordinates.forEach((polygon, i) => checkPolygon(polygon, `polygon ${i + 1}`));
    return { type, coordinates: coordinates as Position[][][] };
  }
  throw new GeometryError(`boundary must be a Polygon or MultiPolygon, not ${String(type)}`);
}

function checkPolygon(rings: unknown, where: string): void {
  if (!Array.isArray(rings) || rings.length === 0) {
    throw new GeometryError(`${where} needs at least one ring`);
  }
  rings.forEach((ring, i) => checkRing(ring, `${where}, ring ${i + 1}`));
}

function checkRing(ring: unknown, where: string): void {
  if (!Array.isArray(ring) || ring.length < 4) {
    throw new GeometryError(`${where} needs at least 4 positions`);
  }
  ring.forEach((position, i) => checkPosition(position, `${where}, position ${i + 1}`));
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    throw new GeometryError(`${where} is not closed (its last position must repeat the first)`);
  }
}

function checkPosition(position: unknown, where: string): void {
  if (!Array.isArray(position) || position.length < 2) {
    throw new GeometryError(`${where} must be [longitude, latitude]`);
  }
  const [lng, lat] = position as unknown[];
  if (typeof lng !== 'number' || !Number.isFinite(lng) || lng < -180 || lng > 180) {
    throw new GeometryError(`${where} has an invalid longitude (${String(lng)})`);
  }
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) {
    throw new GeometryError(`${where} has an invalid latitude (${String(lat)})`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
