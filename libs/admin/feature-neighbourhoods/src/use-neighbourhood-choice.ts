import { useQuery } from '@apollo/client';
import type { ComboboxData } from '@mantine/core';
import { NeighbourhoodOptionsDocument } from '@relais/admin-data-access';
import { useMemo } from 'react';
import { neighbourhoodSelectData } from './neighbourhood-select-data';
import type { NeighbourhoodOption } from './neighbourhood-select-data';

export interface NeighbourhoodChoice {
  options: NeighbourhoodOption[];
  /** For a Select: grouped by city when every quartier may be picked. */
  selectData: ComboboxData;
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
  const selectData = useMemo(() => neighbourhoodSelectData(options, everywhere), [options, everywhere]);
  return { options, selectData, loading: everywhere && all.loading };
}
