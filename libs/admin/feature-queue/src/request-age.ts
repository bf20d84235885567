/** How long a request has waited, as the queue colours it. */
export type AgeLevel = 'fresh' | 'waiting' | 'late';

const HOUR_MS = 3_600_000;

export const AGE_COLOURS: Record<AgeLevel, string> = { fresh: 'green', waiting: 'orange', late: 'red' };

/** Green under 2 hours, orange under 24, red beyond: where an organiser should look first. */
export function ageLevel(createdAt: Date, now: Date): AgeLevel {
  const waited = now.getTime() - createdAt.getTime();
  if (waited < 2 * HOUR_MS) return 'fresh';
  if (waited < 24 * HOUR_MS) return 'waiting';
  return 'late';
}
