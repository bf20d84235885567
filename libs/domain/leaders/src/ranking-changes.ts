/** A person's place in one ranking. */
export interface RankPlace {
  rank: number;
  score: number;
}

/** One person's place under the settings in use and under edited ones. */
export interface RankingChange {
  personId: string;
  current: RankPlace;
  edited: RankPlace;
}

type Ranked = Readonly<{ personId: string; rank: number; score: number }>;

/**
 * The people in the first `first` places of either ranking of one neighbourhood, in their edited
 * order: who moves up or down, who comes into the top and who leaves it. Both rankings hold the
 * same people (settings change scores, not who may be ranked); one missing from either is left out.
 */
export function rankingChanges(current: readonly Ranked[], edited: readonly Ranked[], first: number): RankingChange[] {
  const before = new Map(current.map((score) => [score.personId, score]));
  const place = (score: Ranked): RankPlace => ({ rank: score.rank, score: score.score });
  return [...edited]
    .sort((a, b) => a.rank - b.rank)
    .flatMap((after) => {
      const was = before.get(after.personId);
      if (!was || (after.rank > first && was.rank > first)) return [];
      return [{ personId: after.personId, current: place(was), edited: place(after) }];
    });
}
