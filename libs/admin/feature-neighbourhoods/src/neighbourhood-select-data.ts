export interface NeighbourhoodOption {
  id: string;
  name: string;
  city: string;
}

export interface NeighbourhoodItem {
  value: string;
  label: string;
}

/** A flat list for an organiser's few quartiers; grouped by city once every quartier may be picked. */
export function neighbourhoodSelectData(
  options: readonly NeighbourhoodOption[],
  byCity: boolean,
): NeighbourhoodItem[] | { group: string; items: NeighbourhoodItem[] }[] {
  if (!byCity) return options.map((n) => ({ value: n.id, label: n.name }));
  const groups = new Map<string, NeighbourhoodItem[]>();
  for (const n of options) groups.set(n.city, [...(groups.get(n.city) ?? []), { value: n.id, label: n.name }]);
  return [...groups.entries()].map(([group, items]) => ({ group, items }));
}
