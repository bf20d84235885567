import { useQuery } from '@apollo/client';
import type { ComboboxData } from '@mantine/core';
import { HomeQuartierDocument, NeighbourhoodOptionsDocument } from '@relais/admin-data-access';
import type { NeighbourhoodOption, Outline } from '@relais/admin-feature-neighbourhoods';
import { insidePoint, parseBoundary, useNeighbourhoodChoice } from '@relais/admin-feature-neighbourhoods';
import type { LatLng } from '@relais/domain-geo';
import { useMemo } from 'react';

export interface HomeQuartier {
  /** Every quartier, grouped by city, to choose one's own from. */
  choices: ComboboxData;
  /** The chosen quartier first, then the ones around it; empty until one is chosen. */
  outlines: Outline[];
  /** Well inside the chosen quartier, where the home point starts. */
  centre: LatLng | null;
  /** The quartiers could not be read. */
  failed: boolean;
}

const NONE: readonly NeighbourhoodOption[] = [];

/** Someone not signed in yet places their home: first their quartier from the list, then a point on its map. */
export function useHomeQuartier(quartierId: string | null): HomeQuartier {
  const choice = useNeighbourhoodChoice(NONE, true);
  // The same query the choice runs, answered from the cache: asked here for its error only.
  const list = useQuery(NeighbourhoodOptionsDocument);
  const chosen = useQuery(HomeQuartierDocument, { variables: { id: quartierId ?? '' }, skip: !quartierId });
  const area = useMemo(() => {
    const home = chosen.data?.neighbourhood ?? null;
    // While another quartier loads, the last one's answer is not this one's.
    if (!home || home.id !== quartierId) return { outlines: [], centre: null };
    const own: Outline = { id: home.id, name: home.name, polygons: parseBoundary(home.boundary) };
    const around = home.adjacent.map((n): Outline => ({ id: n.id, name: n.name, polygons: parseBoundary(n.boundary) }));
    return { outlines: [own, ...around], centre: insidePoint(own.polygons) };
  }, [quartierId, chosen.data]);
  return { choices: choice.selectData, ...area, failed: Boolean(list.error ?? chosen.error) };
}
