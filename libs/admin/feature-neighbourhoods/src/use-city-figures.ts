import { useQuery } from '@apollo/client';
import { NeighbourhoodFiguresDocument } from '@relais/admin-data-access';
import { useMemo } from 'react';
import type { QuartierFigures } from './city-measures';

const REFRESH_MS = 60_000;

/** The figures the viewer may see, by quartier id; those outside their scope are absent. */
export function useCityFigures(): { byId: ReadonlyMap<string, QuartierFigures>; failed: boolean } {
  const { data, error } = useQuery(NeighbourhoodFiguresDocument, { fetchPolicy: 'cache-and-network', pollInterval: REFRESH_MS });
  const byId = useMemo(() => new Map((data?.neighbourhoodFigures ?? []).map((f) => [f.neighbourhoodId, f])), [data]);
  return { byId, failed: !!error && !data };
}
