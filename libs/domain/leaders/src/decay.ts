export const DAY_MS = 86_400_000;

/** 2^(−age / halfLife): 1 now, ½ at the half-life. A negative age (clock skew, future dates) counts as now. */
export function decayWeight(ageDays: number, halfLifeDays: number): number {
  if (!(ageDays > 0)) return 1;
  return 2 ** (-ageDays / halfLifeDays);
}

/** The weight of something that happened `at`, seen from `now`. */
export function decayAt(at: Date, now: Date, halfLifeDays: number): number {
  return decayWeight((now.getTime() - at.getTime()) / DAY_MS, halfLifeDays);
}
