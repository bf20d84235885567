import type { LatLng } from './geojson-geometry';

/** Meters per degree of latitude, as the database's `reach_box` counts them. */
const METERS_PER_DEGREE = 111_195;

export interface LatLngBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

/**
 * The box around a point that a radius spans: the database's `reach_box`, so that a box filed in
 * memory and the one its GiST index holds select the same volunteers. The exact distance is
 * checked after.
 */
export function reachBox(centre: LatLng, radiusMeters: number): LatLngBox {
  const dLat = radiusMeters / METERS_PER_DEGREE;
  const dLng = radiusMeters / (METERS_PER_DEGREE * Math.max(Math.cos((centre.lat * Math.PI) / 180), 0.01));
  return { south: centre.lat - dLat, west: centre.lng - dLng, north: centre.lat + dLat, east: centre.lng + dLng };
}

export function boxContains(box: LatLngBox, point: LatLng): boolean {
  return point.lat >= box.south && point.lat <= box.north && point.lng >= box.west && point.lng <= box.east;
}
