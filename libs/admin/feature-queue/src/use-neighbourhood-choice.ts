import { useQuery } from '@apollo/client';
import { NeighbourhoodOptionsDocument } from '@relais/admin-data-access';
import { useMemo } from 'react';

export interface NeighbourhoodOption {
  id: string;
  name: string;
  city: string;
}

export interface NeighbourhoodChoice {
  options: NeighbourhoodOption[];
  loading: boolean;
}

const byCityThenName = (a: NeighbourhoodOption, b: NeighbourhoodOption) => a.city.localeCompare(b.city) || a.name.localeCompare(b.name);

/** The quartiers this organiser may pick: their own, or every one for an admin. */
export function useNeighbourhoodChoice(organiserOf: readonly NeighbourhoodOption[], everywhere: boolean): NeighbourhoodChoice {
  const all = useQuery(NeighbourhoodOptionsDocument, { skip: !everywhere });
  const options = useMemo(
    () => [...(everywhere ? (all.data?.neighbourhoods ?? []) : organiserOf)].sort(byCityThenName),
    [everywhere, all.data, organiserOf],
  );
  return { options, loading: everywhere && all.loading };
}
