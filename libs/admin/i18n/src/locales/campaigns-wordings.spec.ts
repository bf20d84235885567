import { enCampaigns } from './en-campaigns';
import { frCampaigns } from './fr-campaigns';
import { emptyWordings, sortedKeys, typographyFaults } from './wording-checks';

describe('campaign and relay wordings', () => {
  it('follow French typography: a non-breaking space before : ; ! ? and inside « »', () => {
    expect(typographyFaults(frCampaigns)).toEqual([]);
    // The check itself: an ordinary space before a colon is caught.
    expect(typographyFaults({ a: 'Titre : faux' })).toEqual([['a', 'Titre : faux']]);
  });

  it('have the same keys in English, none left empty', () => {
    expect(sortedKeys(enCampaigns)).toEqual(sortedKeys(frCampaigns));
    expect(emptyWordings(enCampaigns)).toEqual([]);
  });
});
