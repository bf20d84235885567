import { enMaps } from './en-maps';
import { frMaps } from './fr-maps';
import { emptyWordings, sortedKeys, typographyFaults } from './wording-checks';

describe('map wordings', () => {
  it('follow French typography', () => {
    expect(typographyFaults(frMaps)).toEqual([]);
  });

  it('have the same keys in English, none left empty', () => {
    expect(sortedKeys(enMaps)).toEqual(sortedKeys(frMaps));
    expect(emptyWordings(enMaps)).toEqual([]);
  });
});
