export interface QuartierOption {
  id: string;
  name: string;
}

export interface QuartierFilterLabels {
  wholeCity: string;
  mine: string;
  others: string;
}

/** The Select's value for the whole city: every idea, whatever it is about. */
export const WHOLE_CITY = 'city';

type SelectItem = { value: string; label: string };

/**
 * The board's quartier filter: the whole city first (every idea), then the person's own quartier,
 * then the others by name, so the likeliest choices need no scrolling.
 */
export function quartierFilterData(
  quartiers: readonly QuartierOption[],
  homeId: string | null,
  labels: QuartierFilterLabels,
): (SelectItem | { group: string; items: SelectItem[] })[] {
  const home = quartiers.find((q) => q.id === homeId);
  const others = quartiers
    .filter((q) => q.id !== homeId)
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    .map((q) => ({ value: q.id, label: q.name }));
  return [
    { value: WHOLE_CITY, label: labels.wholeCity },
    ...(home ? [{ group: labels.mine, items: [{ value: home.id, label: home.name }] }] : []),
    ...(others.length ? [{ group: labels.others, items: others }] : []),
  ];
}
