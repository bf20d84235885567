import { busiestQuartier } from './preview-quartier';

const quartiers = [
  { id: 'b', name: 'Bercy' },
  { id: 'a', name: 'Archives' },
  { id: 'c', name: 'Chaillot' },
];

describe('busiestQuartier', () => {
  it('starts where there is the most to show', () => {
    const figures = [
      { neighbourhoodId: 'a', openNeeds: 1, rankedVolunteers: 9 },
      { neighbourhoodId: 'c', openNeeds: 4, rankedVolunteers: 2 },
    ];
    expect(busiestQuartier(quartiers, figures, 'openNeeds')).toBe('c');
    expect(busiestQuartier(quartiers, figures, 'rankedVolunteers')).toBe('a');
  });

  it('takes the first by name among equals, and none without quartiers', () => {
    expect(busiestQuartier(quartiers, [], 'openNeeds')).toBe('a');
    expect(busiestQuartier([], [], 'openNeeds')).toBeNull();
  });
});
