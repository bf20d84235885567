/** WGS84 position as GeoJSON writes it: [longitude, latitude]. */
export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoordinates = Ring[];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: PolygonCoordinates;
}

export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: PolygonCoordinates[];
}

export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

export interface LatLng {
  lat: number;
  lng: number;
}

/** Every polygon of a geometry, so callers need not branch on its type. */
export function polygonsOf(geometry: AreaGeometry): PolygonCoordinates[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}
