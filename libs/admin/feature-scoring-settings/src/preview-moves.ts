/** How a place changed from the settings in use to the edited ones. */
export type Move =
  | { kind: 'same' }
  | { kind: 'up' | 'down'; by: number }
  /** Into the list shown, from below it (or from nowhere). */
  | { kind: 'in' }
  /** Out of the list shown. */
  | { kind: 'out' };

/** A place before and after; null where the person is not in the list shown. */
export function moveOf(before: number | null, after: number | null): Move {
  if (before === null) return { kind: 'in' };
  if (after === null) return { kind: 'out' };
  if (after === before) return { kind: 'same' };
  return after < before ? { kind: 'up', by: before - after } : { kind: 'down', by: after - before };
}

interface Candidate {
  volunteer: { id: string };
}

/** A candidate of the edited list with its move, and the candidates the edit pushes out of the list. */
export interface CandidateMoves<C> {
  edited: { candidate: C; move: Move }[];
  dropped: C[];
  /** Whether the best candidate is someone else. */
  newFirst: boolean;
}

/** How a request's best candidates change: each edited place against the current one. */
export function candidateMoves<C extends Candidate>(current: readonly C[], edited: readonly C[]): CandidateMoves<C> {
  const place = (list: readonly C[], id: string) => {
    const index = list.findIndex((candidate) => candidate.volunteer.id === id);
    return index < 0 ? null : index + 1;
  };
  return {
    edited: edited.map((candidate, i) => ({ candidate, move: moveOf(place(current, candidate.volunteer.id), i + 1) })),
    dropped: current.filter((candidate) => place(edited, candidate.volunteer.id) === null),
    newFirst: current[0]?.volunteer.id !== edited[0]?.volunteer.id,
  };
}

/** A ranked person's move, where only the first `shown` places are listed. */
export function rankMove(current: number, edited: number, shown: number): Move {
  if (current > shown && edited <= shown) return { kind: 'in' };
  if (edited > shown && current <= shown) return { kind: 'out' };
  return moveOf(current, edited);
}
