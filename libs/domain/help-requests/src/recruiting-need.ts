/** What a quartier holds today: its needs waiting and the people who could take them. */
export interface QuartierLoad {
  openNeeds: number;
  /** Open needs nobody took for more than 48 hours: they count twice, they are the urgent ones. */
  staleNeeds: number;
  /** Volunteers living there and available (not paused). */
  volunteers: number;
}

/**
 * Where to recruit: open needs per available volunteer, a need waiting for more than 48 hours
 * counting twice. One volunteer is added to every quartier so that a quartier with no volunteer
 * and one need does not outrank one with ten needs for a single volunteer; a quartier with no
 * need scores 0, whatever its volunteers.
 */
export function recruitingNeed({ openNeeds, staleNeeds, volunteers }: QuartierLoad): number {
  const weighted = Math.max(0, openNeeds) + Math.max(0, Math.min(staleNeeds, openNeeds));
  return weighted / (Math.max(0, volunteers) + 1);
}

/** Volunteers per 1,000 residents; null where nobody lives (yet), rather than a division by zero. */
export function volunteersPerThousand(volunteers: number, residents: number): number | null {
  return residents > 0 ? (1000 * volunteers) / residents : null;
}
