import { enDesk } from './en-desk';
import { frDesk } from './fr-desk';
import { emptyWordings, sortedKeys, typographyFaults } from './wording-checks';

describe('desk, live feed and new request wordings', () => {
  it('follow French typography: a non-breaking space before : ; ! ? and inside « »', () => {
    expect(typographyFaults(frDesk)).toEqual([]);
  });

  it('have the same keys in English, none left empty', () => {
    expect(sortedKeys(enDesk)).toEqual(sortedKeys(frDesk));
    expect(emptyWordings(enDesk)).toEqual([]);
  });
});
