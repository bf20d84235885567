import { deskQuartier, freshIds, matchesStatus, quartierCounts, statusesOf } from './desk-view';

describe('statusesOf', () => {
  it('asks for what needs action by default, every status, or one', () => {
    expect(statusesOf('NEEDS_ACTION')).toEqual(['OPEN', 'ASSIGNED']);
    expect(statusesOf('ANY')).toBeNull();
    expect(statusesOf('DONE')).toEqual(['DONE']);
  });

  it('says which statuses belong under a filter', () => {
    expect(matchesStatus('NEEDS_ACTION', 'ASSIGNED')).toBe(true);
    expect(matchesStatus('NEEDS_ACTION', 'DONE')).toBe(false);
    expect(matchesStatus('ANY', 'EXPIRED')).toBe(true);
    expect(matchesStatus('CANCELLED', 'OPEN')).toBe(false);
  });
});

describe('deskQuartier', () => {
  const ids = ['a', 'b'];
  it('keeps a quartier the viewer may pick', () => {
    expect(deskQuartier('b', ids, true)).toBe('b');
  });

  it('shows all quartiers when there are several and none (or a foreign one) is asked', () => {
    expect(deskQuartier(null, ids, true)).toBeNull();
    expect(deskQuartier('z', ids, true)).toBeNull();
  });

  it("shows an organiser's only quartier, and nothing when they have none", () => {
    expect(deskQuartier(null, ['a'], false)).toBe('a');
    expect(deskQuartier('z', ['a'], false)).toBe('a');
    expect(deskQuartier(null, [], false)).toBeNull();
  });
});

describe('freshIds', () => {
  const shown = new Set(['old']);
  it('marks a request that arrives open and was not on screen, newest first', () => {
    expect(freshIds([], { id: 'n1', status: 'OPEN' }, shown)).toEqual(['n1']);
    expect(freshIds(['n1'], { id: 'n2', status: 'OPEN' }, shown)).toEqual(['n2', 'n1']);
  });

  it('does not mark a request already on screen that changes, and unmarks one taken', () => {
    expect(freshIds([], { id: 'old', status: 'OPEN' }, shown)).toEqual([]);
    expect(freshIds(['n1', 'n2'], { id: 'n1', status: 'ASSIGNED' }, shown)).toEqual(['n2']);
  });

  it('keeps the mark of a new request once it is on screen', () => {
    expect(freshIds(['n1'], { id: 'n1', status: 'OPEN' }, new Set(['n1']))).toEqual(['n1']);
  });
});

describe('quartierCounts', () => {
  const options = [
    { id: 'a', name: 'Archives' },
    { id: 'e', name: 'Enfants-Rouges' },
    { id: 's', name: 'Sainte-Avoye' },
  ];
  it('lists the quartiers where most waits first, those without figures at nought', () => {
    const figures = [
      { neighbourhoodId: 'a', openNeeds: 2, staleNeeds: 0 },
      { neighbourhoodId: 'e', openNeeds: 5, staleNeeds: 1 },
      { neighbourhoodId: 'z', openNeeds: 9, staleNeeds: 9 },
    ];
    expect(quartierCounts(options, figures, 10)).toEqual([
      { id: 'e', name: 'Enfants-Rouges', open: 5, stale: 1 },
      { id: 'a', name: 'Archives', open: 2, stale: 0 },
      { id: 's', name: 'Sainte-Avoye', open: 0, stale: 0 },
    ]);
  });

  it('keeps only as many as asked', () => {
    expect(quartierCounts(options, [], 2).map((q) => q.id)).toEqual(['a', 'e']);
  });
});
