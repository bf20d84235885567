import type { LeaderHistoryPointFragment } from '@relais/admin-data-access';

export type HistoryPoint = LeaderHistoryPointFragment;

export type Trend = 'up' | 'down' | 'flat';

/** Scores are relative to the quartier and move a little at every computation: smaller changes are noise. */
export const TREND_THRESHOLD = 0.02;

export const TREND_COLOURS: Record<Trend, string> = { up: 'teal.6', down: 'red.6', flat: 'gray.6' };

/** From the first point to the last, oldest first as the API gives them. */
export function trendOf(points: readonly HistoryPoint[]): Trend {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length < 2) return 'flat';
  const change = last.score - first.score;
  if (change > TREND_THRESHOLD) return 'up';
  if (change < -TREND_THRESHOLD) return 'down';
  return 'flat';
}

/** The scores to draw as a line; null when fewer than two points make no line. */
export function sparklineValues(points: readonly HistoryPoint[]): number[] | null {
  return points.length < 2 ? null : points.map((point) => point.score);
}

/** "2025-11-20" as the calendar day it names, at midnight UTC, so no time zone moves it to the day before. */
export function dayDate(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1));
}
