import { enErasure } from './en-erasure';
import { frErasure } from './fr-erasure';
import { emptyWordings, sortedKeys, typographyFaults } from './wording-checks';

describe('erasure wordings', () => {
  it('follow French typography: a non-breaking space before : ; ! ? and inside « »', () => {
    expect(typographyFaults(frErasure)).toEqual([]);
  });

  it('have the same keys in English, none left empty', () => {
    expect(sortedKeys(enErasure)).toEqual(sortedKeys(frErasure));
    expect(emptyWordings(enErasure)).toEqual([]);
  });
});
