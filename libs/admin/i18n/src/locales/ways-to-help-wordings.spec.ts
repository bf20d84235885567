import { enWaysToHelp } from './en-ways-to-help';
import { frWaysToHelp } from './fr-ways-to-help';
import { emptyWordings, sortedKeys, typographyFaults } from './wording-checks';

describe('ways to help from home wordings', () => {
  it('follow French typography: a non-breaking space before : ; ! ? and inside « »', () => {
    expect(typographyFaults(frWaysToHelp)).toEqual([]);
  });

  it('have the same keys in English, none left empty', () => {
    expect(sortedKeys(enWaysToHelp)).toEqual(sortedKeys(frWaysToHelp));
    expect(emptyWordings(enWaysToHelp)).toEqual([]);
  });

  it('name every kind of way to help in words, in both languages', () => {
    const kinds = ['CALL_NEIGHBOUR', 'DONATE', 'GIVE_BLOOD', 'GIVE_GOODS', 'ONLINE_HELP'];
    expect(Object.keys(frWaysToHelp.waysToHelp.kind).sort()).toEqual(kinds);
    expect(Object.keys(enWaysToHelp.waysToHelp.kind).sort()).toEqual(kinds);
  });
});
