import { cellToLatLng, gridDisk, latLngToCell, polygonToCells } from 'h3-js';
import type { AreaGeometry, LatLng } from './geojson-geometry';
import { polygonsOf } from './geojson-geometry';
import { interiorPoint } from './interior-point';

/** ~0.1 km² hexagons: fine enough for a street block, coarse enough to keep a home private. */
export const CELL_RESOLUTION = 9;
/** Parent resolution used to show a position without revealing it (~0.7 km²). */
export const COARSE_RESOLUTION = 8;

/**
 * H3 indexes are 64-bit with the top bit clear, so they fit a signed PostgreSQL bigint.
 * We carry them as decimal strings, the form node-postgres gives and takes for bigint.
 */
export type CellId = string;

export function cellToId(h3Index: string): CellId {
  return BigInt(`0x${h3Index}`).toString();
}

export function idToCell(id: CellId): string {
  return BigInt(id).toString(16);
}

export function cellOf(point: LatLng, resolution = CELL_RESOLUTION): CellId {
  return cellToId(latLngToCell(point.lat, point.lng, resolution));
}

export function cellCentre(id: CellId): LatLng {
  const [lat, lng] = cellToLatLng(idToCell(id));
  return { lat, lng };
}

const coarseCentres = new Map<CellId, LatLng>();

/**
 * Where a request is for whoever may not see its exact place: the centre of its coarse cell.
 * Every figure such a caller gets (distance, proximity, whether it is in reach) is computed from
 * this point, so that no number of figures can locate the place better than the cell. Cached:
 * a city has a few hundred coarse cells.
 */
export function coarseCentre(coarseCell: CellId): LatLng {
  let centre = coarseCentres.get(coarseCell);
  if (!centre) {
    centre = cellCentre(coarseCell);
    if (coarseCentres.size >= 100_000) coarseCentres.clear();
    coarseCentres.set(coarseCell, centre);
  }
  return centre;
}

/**
 * Cells whose centre lies in the area. Two areas that do not overlap never share a cell, so each
 * cell names one neighbourhood. An area smaller than a cell still gets the cell of its interior
 * point, so no neighbourhood is left without one.
 */
export function coverArea(geometry: AreaGeometry, resolution = CELL_RESOLUTION): CellId[] {
  const cells = new Set<string>();
  for (const polygon of polygonsOf(geometry)) {
    for (const cell of polygonToCells(polygon, resolution, true)) cells.add(cell);
  }
  if (cells.size === 0) {
    const point = interiorPoint(geometry);
    cells.add(latLngToCell(point.lat, point.lng, resolution));
  }
  return [...cells].map(cellToId);
}

/** Cells that touch the area's cells from outside: where its neighbours begin. */
export function outerRing(cover: CellId[]): CellId[] {
  const inside = new Set(cover.map(idToCell));
  const ring = new Set<string>();
  for (const cell of inside) {
    for (const neighbour of gridDisk(cell, 1)) {
      if (!inside.has(neighbour)) ring.add(neighbour);
    }
  }
  return [...ring].map(cellToId);
}
