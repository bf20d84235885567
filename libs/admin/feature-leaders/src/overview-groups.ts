import type { LeaderOverviewQuery } from '@relais/admin-data-access';

export type NeighbourhoodLeaders = LeaderOverviewQuery['leaderOverview'][number];

export interface OverviewGroups {
  /** Quartiers where someone agreed to be ranked: their top three. */
  ranked: NeighbourhoodLeaders[];
  /** Quartiers where nobody did yet: no leader can emerge, so this is where to recruit. */
  toRecruit: NeighbourhoodLeaders[];
}

const byCityThenName = (a: NeighbourhoodLeaders, b: NeighbourhoodLeaders) =>
  a.neighbourhood.city.localeCompare(b.neighbourhood.city) || a.neighbourhood.name.localeCompare(b.neighbourhood.name);

export function overviewGroups(rows: readonly NeighbourhoodLeaders[]): OverviewGroups {
  const sorted = [...rows].sort(byCityThenName);
  return { ranked: sorted.filter((row) => row.consenting > 0), toRecruit: sorted.filter((row) => row.consenting === 0) };
}
