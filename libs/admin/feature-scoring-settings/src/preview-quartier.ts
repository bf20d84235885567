export interface QuartierOption {
  id: string;
  name: string;
}

export interface QuartierFigures {
  neighbourhoodId: string;
  openNeeds: number;
  rankedVolunteers: number;
}

/**
 * The quartier a preview starts on: the one with the most to show (open requests for match
 * weights, ranked volunteers for leader settings), the first by name among equals; null without any.
 */
export function busiestQuartier(
  quartiers: readonly QuartierOption[],
  figures: readonly QuartierFigures[],
  measure: 'openNeeds' | 'rankedVolunteers',
): string | null {
  const count = new Map(figures.map((row) => [row.neighbourhoodId, row[measure]]));
  const sorted = [...quartiers].sort((a, b) => (count.get(b.id) ?? 0) - (count.get(a.id) ?? 0) || a.name.localeCompare(b.name, 'fr'));
  return sorted[0]?.id ?? null;
}
