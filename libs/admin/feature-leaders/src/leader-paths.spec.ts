import { LEADERS_PATH, leaderPersonPath, neighbourhoodLeadersPath } from './leader-paths';

describe('leader paths', () => {
  it('nest a person under their quartier under the city view', () => {
    expect(LEADERS_PATH).toBe('/leaders');
    expect(neighbourhoodLeadersPath('n-1')).toBe('/leaders/n-1');
    expect(leaderPersonPath('n-1', 'p-2')).toBe('/leaders/n-1/people/p-2');
  });

  it('keep odd ids inside their segment', () => {
    expect(leaderPersonPath('a/b', 'c?d')).toBe('/leaders/a%2Fb/people/c%3Fd');
  });
});
