import type { NeighbourhoodLeaders } from './overview-groups';
import { overviewGroups } from './overview-groups';

const row = (name: string, city: string, consenting: number): NeighbourhoodLeaders => ({
  neighbourhood: { id: name, name, city },
  top: [],
  volunteers: consenting + 1,
  consenting,
  ambassadors: 0,
});

describe('overviewGroups', () => {
  it('sets apart the quartiers where nobody agreed to be ranked, each group by city then name', () => {
    const groups = overviewGroups([row('Sainte-Avoie', 'Paris', 3), row('Archives', 'Paris', 0), row('Arts-et-Metiers', 'Paris', 5), row('Ainay', 'Lyon', 0)]);
    expect(groups.ranked.map((r) => r.neighbourhood.name)).toEqual(['Arts-et-Metiers', 'Sainte-Avoie']);
    expect(groups.toRecruit.map((r) => r.neighbourhood.name)).toEqual(['Ainay', 'Archives']);
  });
});
