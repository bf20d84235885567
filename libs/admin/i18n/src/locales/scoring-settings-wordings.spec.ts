import { enScoringSettings } from './en-scoring-settings';
import { frScoringSettings } from './fr-scoring-settings';
import { emptyWordings, sortedKeys, typographyFaults } from './wording-checks';

describe('match weight and leader settings wordings', () => {
  it('follow French typography: a non-breaking space before : ; ! ? and inside « »', () => {
    expect(typographyFaults(frScoringSettings)).toEqual([]);
  });

  it('have the same keys in English, none left empty', () => {
    expect(sortedKeys(enScoringSettings)).toEqual(sortedKeys(frScoringSettings));
    expect(emptyWordings(enScoringSettings)).toEqual([]);
  });
});
