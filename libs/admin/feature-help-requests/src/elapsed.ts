export type ElapsedUnit = 'minute' | 'hour' | 'day';

export interface Elapsed {
  value: number;
  unit: ElapsedUnit;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** How long ago, in the unit people would say it: minutes under an hour, hours under two days. */
export function elapsedSince(at: Date, now: Date): Elapsed {
  const ms = Math.max(0, now.getTime() - at.getTime());
  if (ms < HOUR_MS) return { value: Math.floor(ms / MINUTE_MS), unit: 'minute' };
  if (ms < 2 * DAY_MS) return { value: Math.floor(ms / HOUR_MS), unit: 'hour' };
  return { value: Math.floor(ms / DAY_MS), unit: 'day' };
}
