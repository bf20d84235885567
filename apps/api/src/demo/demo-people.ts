import type { AreaGeometry, CellId, LatLng } from '@relais/domain-geo';
import { areaContains, boundingBox, cellCentre, cellOf } from '@relais/domain-geo';
import { FIRST_NAMES, SURNAMES } from './demo-names';

/** Draws from the demo's seeded generator: a number in [0, 1). */
export type Random = () => number;

export interface DemoIdentity {
  firstName: string;
  lastName: string;
  displayName: string;
  email: string;
}

/** Real streets of each Paris quartier (data/neighbourhoods/paris-streets.json), by the quartier's code. */
export interface StreetsFile {
  quartiers: Record<string, { name: string; streets: string[] }>;
}

const pick = <T>(list: readonly T[], random: Random): T => list[Math.floor(random() * list.length)] as T;

/** « Hélène de La Fontaine » writes to helene.delafontaine: ascii letters only, as a mail address takes them. */
export function asciiMailPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** A first name and a surname from the demo's lists; `n` keeps the address unique among the demo's people. */
export function demoIdentity(random: Random, n: number): DemoIdentity {
  const firstName = pick(FIRST_NAMES, random);
  const lastName = pick(SURNAMES, random);
  return { firstName, lastName, displayName: `${firstName} ${lastName}`, email: `${asciiMailPart(firstName)}.${asciiMailPart(lastName)}.${n}@exemple.fr` };
}

/**
 * A house number and one of the quartier's streets: numbers up to 40, which every street of the
 * list has, now and then a « bis ».
 */
export function demoAddress(streets: readonly string[], random: Random): string {
  if (!streets.length) throw new Error('no street to place an address in');
  const street = pick(streets, random);
  const number = 1 + Math.floor(random() * 40);
  return `${number}${random() < 0.08 ? ' bis' : ''} ${street}`;
}

/**
 * A random point of the quartier whose cell is one of the quartier's own (`cells`), so that the
 * person is counted in the quartier their street is in: near a border, a point inside the
 * boundary may fall in a cell of the neighbour.
 */
export function demoHome(boundary: AreaGeometry, cells: ReadonlySet<CellId>, random: Random): LatLng {
  const box = boundingBox(boundary);
  for (let attempt = 0; attempt < 2000; attempt++) {
    const point = { lng: box.minLng + random() * (box.maxLng - box.minLng), lat: box.minLat + random() * (box.maxLat - box.minLat) };
    if (areaContains(boundary, point) && cells.has(cellOf(point))) return point;
  }
  const [first] = cells;
  if (!first) throw new Error('a quartier without cells has no home to give');
  return cellCentre(first);
}
