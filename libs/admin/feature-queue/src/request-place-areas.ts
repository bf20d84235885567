import type { MapArea, MapPoint } from '@relais/admin-feature-maps';
import type { LatLng, PolygonCoordinates, Position } from '@relais/domain-geo';
import { cellToBoundary, latLngToCell } from 'h3-js';

export interface RequestPlaceInput {
  quartiers: readonly { id: string; name: string; polygons: PolygonCoordinates[] }[];
  requestQuartierId: string | null;
  /** The address's place, when the API gives it to the viewer. */
  exact: LatLng | null;
  /** The centre of the request's resolution-8 cell: all others may know. */
  approximate: LatLng;
  /** Where each candidate lives, by quartier only; null outside every quartier. */
  candidateQuartierIds: readonly (string | null)[];
}

/** The API's coarse grain: a request's public place is the centre of its resolution-8 cell. */
const COARSE_RESOLUTION = 8;
const REQUEST = '#e03131';
const CANDIDATES = '#2f9e44';

/**
 * The request's quartier outlined, its candidates' quartiers shaded green (darker with more of
 * them), and the request as a dot: where the viewer may not see the address, its whole coarse
 * cell is drawn too, so the dot does not read as a door.
 */
export function requestPlaceAreas(input: RequestPlaceInput): { areas: MapArea[]; points: MapPoint[]; frameIds: string[] } {
  const counts = new Map<string, number>();
  for (const id of input.candidateQuartierIds) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  const areas: MapArea[] = [];
  for (const q of input.quartiers) {
    const count = counts.get(q.id) ?? 0;
    const home = q.id === input.requestQuartierId;
    if (!count && !home) continue;
    areas.push({
      id: q.id,
      name: q.name,
      polygons: q.polygons,
      fill: CANDIDATES,
      fillOpacity: count ? 0.15 + 0.35 * (count / most) : 0,
      line: home ? '#087f5b' : CANDIDATES,
      lineWidth: home ? 3 : 1,
    });
  }
  const frameIds = areas.map((a) => a.id);
  if (!input.exact) {
    const cell = latLngToCell(input.approximate.lat, input.approximate.lng, COARSE_RESOLUTION);
    areas.push({ id: cell, name: cell, polygons: [[cellToBoundary(cell, true) as Position[]]], fill: REQUEST, fillOpacity: 0.2, line: REQUEST, lineWidth: 2 });
  }
  const at = input.exact ?? input.approximate;
  return { areas, points: [{ id: 'request', lat: at.lat, lng: at.lng, color: REQUEST, radius: 7 }], frameIds };
}
