import type { WayToHelpCardFragment } from '@relais/admin-data-access';

/** As the API decides: ADMIN any; organisers one whose quartiers are all theirs. */
export function mayArchive(way: Pick<WayToHelpCardFragment, 'neighbourhoods'>, organiserOf: readonly { id: string }[], admin: boolean): boolean {
  if (admin) return true;
  if (way.neighbourhoods.length === 0) return false;
  return way.neighbourhoods.every((place) => organiserOf.some((mine) => mine.id === place.id));
}
