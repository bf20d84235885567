/** A named part of a score as the API returns it: a value in [0, 1] and its normalised weight. */
export interface ScorePart {
  name: string;
  value: number;
  weight: number;
}

/** What a part adds to the score: its value times its (normalised) weight. */
export function contribution(part: ScorePart): number {
  return part.value * part.weight;
}

/** Known parts first in their usual order, the rest after by name, so every bar of a kind reads the same way. */
export function orderParts<T extends ScorePart>(parts: readonly T[], order: readonly string[]): T[] {
  const rank = (name: string) => {
    const index = order.indexOf(name);
    return index === -1 ? order.length : index;
  };
  return [...parts].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

/** Parts too small to see are left out of the bar: their tooltip could not be reached anyway. */
export const VISIBLE_POINTS = 0.0005;

export interface ScoreSegment<T extends ScorePart = ScorePart> {
  part: T;
  /** value × weight. */
  points: number;
  /** Width as a percentage of the whole bar, which stands for a score of 1. */
  percent: number;
}

/**
 * The sections of a stacked bar: in order, the visible ones only, each as wide as it counts.
 * Weights that add up to a hair over 1 (rounding in the API) never push the bar past its end.
 */
export function scoreSegments<T extends ScorePart>(parts: readonly T[], order: readonly string[], visible = VISIBLE_POINTS): ScoreSegment<T>[] {
  const segments: ScoreSegment<T>[] = [];
  let room = 100;
  for (const part of orderParts(parts, order)) {
    const points = contribution(part);
    // `!(>)` also drops NaN.
    if (!(points > visible) || room <= 0) continue;
    const percent = Math.min(points * 100, room);
    room -= percent;
    segments.push({ part, points, percent });
  }
  return segments;
}
