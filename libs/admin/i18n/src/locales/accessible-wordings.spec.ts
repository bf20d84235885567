import { enAccessible } from './en-accessible';
import { frAccessible } from './fr-accessible';
import { emptyWordings, sortedKeys, typographyFaults } from './wording-checks';

describe('names read by screen readers', () => {
  it('follow French typography', () => {
    expect(typographyFaults(frAccessible)).toEqual([]);
  });

  it('have the same keys in English, none left empty', () => {
    expect(sortedKeys(enAccessible)).toEqual(sortedKeys(frAccessible));
    expect(emptyWordings(enAccessible)).toEqual([]);
  });
});
