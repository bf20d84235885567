import { useQuery } from '@apollo/client';
import type { ApolloError } from '@apollo/client';
import { MyHomeAreaDocument } from '@relais/admin-data-access';
import type { Outline } from '@relais/admin-feature-neighbourhoods';
import { insidePoint, parseBoundary } from '@relais/admin-feature-neighbourhoods';
import type { LatLng } from '@relais/domain-geo';
import { useMemo } from 'react';

export interface HomeArea {
  /** The caller's quartier first, then the ones around it. */
  outlines: Outline[];
  homeId: string | null;
  /** Well inside the caller's quartier; null when the API knows no quartier for them. */
  centre: LatLng | null;
  loading: boolean;
  error: ApolloError | undefined;
}

/** Where a resident's needs most likely are: their own quartier and its neighbours. */
export function useHomeArea(): HomeArea {
  const { data, loading, error } = useQuery(MyHomeAreaDocument);
  return useMemo(() => {
    const home = data?.me?.neighbourhood ?? null;
    if (!home) return { outlines: [], homeId: null, centre: null, loading, error };
    const own: Outline = { id: home.id, name: home.name, polygons: parseBoundary(home.boundary) };
    const around = home.adjacent.map((n): Outline => ({ id: n.id, name: n.name, polygons: parseBoundary(n.boundary) }));
    return { outlines: [own, ...around], homeId: home.id, centre: insidePoint(own.polygons), loading, error };
  }, [data, loading, error]);
}
