import { WHOLE_CITY, quartierFilterData } from './quartier-filter';

const LABELS = { wholeCity: 'Toute la ville', mine: 'Mon quartier', others: 'Autres quartiers' };
const QUARTIERS = [
  { id: 'c', name: 'Sainte-Avoie' },
  { id: 'a', name: 'Archives' },
  { id: 'b', name: 'Enfants-Rouges' },
];

describe('quartierFilterData', () => {
  it('offers the whole city first, then the person’s own quartier, then the others by name', () => {
    expect(quartierFilterData(QUARTIERS, 'b', LABELS)).toEqual([
      { value: WHOLE_CITY, label: 'Toute la ville' },
      { group: 'Mon quartier', items: [{ value: 'b', label: 'Enfants-Rouges' }] },
      {
        group: 'Autres quartiers',
        items: [
          { value: 'a', label: 'Archives' },
          { value: 'c', label: 'Sainte-Avoie' },
        ],
      },
    ]);
  });

  it('has no « Mon quartier » group for someone without a known home', () => {
    const data = quartierFilterData(QUARTIERS, null, LABELS);
    expect(data.map((entry) => ('group' in entry ? entry.group : entry.value))).toEqual([WHOLE_CITY, 'Autres quartiers']);
  });
});
