import { candidateMoves, moveOf, rankMove } from './preview-moves';

const candidates = (ids: string[]) => ids.map((id) => ({ volunteer: { id } }));

describe('preview moves', () => {
  it('says whether a place went up, down, stayed, or came in or out', () => {
    expect(moveOf(3, 1)).toEqual({ kind: 'up', by: 2 });
    expect(moveOf(1, 4)).toEqual({ kind: 'down', by: 3 });
    expect(moveOf(2, 2)).toEqual({ kind: 'same' });
    expect(moveOf(null, 1)).toEqual({ kind: 'in' });
    expect(moveOf(1, null)).toEqual({ kind: 'out' });
  });

  it('compares a request’s best candidates under both weights', () => {
    const moves = candidateMoves(candidates(['ana', 'bea', 'cyr']), candidates(['bea', 'dan', 'ana']));
    expect(moves.edited.map(({ candidate, move }) => [candidate.volunteer.id, move])).toEqual([
      ['bea', { kind: 'up', by: 1 }],
      ['dan', { kind: 'in' }],
      ['ana', { kind: 'down', by: 2 }],
    ]);
    expect(moves.dropped.map((candidate) => candidate.volunteer.id)).toEqual(['cyr']);
    expect(moves.newFirst).toBe(true);
    expect(candidateMoves(candidates(['ana']), candidates(['ana'])).newFirst).toBe(false);
  });

  it('counts coming into or leaving the places shown as such', () => {
    expect(rankMove(12, 3, 10)).toEqual({ kind: 'in' });
    expect(rankMove(4, 11, 10)).toEqual({ kind: 'out' });
    expect(rankMove(4, 2, 10)).toEqual({ kind: 'up', by: 2 });
  });
});
