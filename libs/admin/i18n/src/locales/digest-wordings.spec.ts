import { enDigest } from './en-digest';
import { frDigest } from './fr-digest';
import { emptyWordings, sortedKeys, typographyFaults } from './wording-checks';

describe('digest preview and outreach settings wordings', () => {
  it('follow French typography: a non-breaking space before : ; ! ? and inside « »', () => {
    expect(typographyFaults(frDigest)).toEqual([]);
  });

  it('have the same keys in English, none left empty', () => {
    expect(sortedKeys(enDigest)).toEqual(sortedKeys(frDigest));
    expect(emptyWordings(enDigest)).toEqual([]);
  });
});
