/** Who the ranking shows: everyone, only ambassadors, or the others (those who could become one). */
export const AMBASSADOR_FILTERS = ['all', 'ambassadors', 'others'] as const;
export type AmbassadorFilter = (typeof AMBASSADOR_FILTERS)[number];

export function isAmbassadorFilter(value: string | null | undefined): value is AmbassadorFilter {
  return typeof value === 'string' && (AMBASSADOR_FILTERS as readonly string[]).includes(value);
}

/** The leaderBoard argument: null for everyone. */
export function ambassadorsArgument(filter: AmbassadorFilter): boolean | null {
  if (filter === 'all') return null;
  return filter === 'ambassadors';
}
