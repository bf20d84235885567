import { neighbourhoodSelectData } from './neighbourhood-select-data';

const options = [
  { id: 'a', name: 'Archives', city: 'Paris' },
  { id: 'b', name: 'Croix-Rousse', city: 'Lyon' },
  { id: 'c', name: 'Sainte-Avoie', city: 'Paris' },
];

describe('neighbourhoodSelectData', () => {
  it('lists an organiser’s quartiers as they come', () => {
    expect(neighbourhoodSelectData(options, false)).toEqual([
      { value: 'a', label: 'Archives' },
      { value: 'b', label: 'Croix-Rousse' },
      { value: 'c', label: 'Sainte-Avoie' },
    ]);
  });

  it('groups every quartier by city, keeping their order', () => {
    expect(neighbourhoodSelectData(options, true)).toEqual([
      { group: 'Paris', items: [{ value: 'a', label: 'Archives' }, { value: 'c', label: 'Sainte-Avoie' }] },
      { group: 'Lyon', items: [{ value: 'b', label: 'Croix-Rousse' }] },
    ]);
  });
});
