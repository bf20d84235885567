import { enErrors } from './en-errors';
import { frErrors } from './fr-errors';
import { emptyWordings, sortedKeys, typographyFaults } from './wording-checks';

describe('error wordings', () => {
  it('follow French typography: a non-breaking space before : ; ! ? and inside « »', () => {
    expect(typographyFaults(frErrors)).toEqual([]);
  });

  it('have the same keys in English, none left empty', () => {
    expect(sortedKeys(enErrors)).toEqual(sortedKeys(frErrors));
    expect(emptyWordings(enErrors)).toEqual([]);
  });
});
