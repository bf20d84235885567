import { CAMPAIGN_MESSAGE, CAMPAIGN_TITLE } from '@relais/domain-leaders';
import { campaignProblems, firstProblem } from './campaign-form';

const ok = { title: 'Collecte de jouets', message: 'Samedi, au centre social.', neighbourhoodIds: ['n1'] };

describe('campaignProblems', () => {
  it('finds nothing wrong with a title, a message and a quartier', () => {
    expect(campaignProblems(ok)).toEqual({});
    expect(firstProblem(campaignProblems(ok))).toBeNull();
  });

  it('asks for each missing field, blank text counting as missing, and points at the first', () => {
    const problems = campaignProblems({ title: '   ', message: '', neighbourhoodIds: [] });
    expect(problems).toEqual({ title: 'required', message: 'required', neighbourhoodIds: 'required' });
    expect(firstProblem(problems)).toBe('title');
    expect(firstProblem(campaignProblems({ ...ok, neighbourhoodIds: [] }))).toBe('neighbourhoodIds');
  });

  it('refuses text over the API’s limits, counted without the spaces around it', () => {
    expect(campaignProblems({ ...ok, title: 'x'.repeat(CAMPAIGN_TITLE.max) })).toEqual({});
    expect(campaignProblems({ ...ok, title: ` ${'x'.repeat(CAMPAIGN_TITLE.max)} ` })).toEqual({});
    expect(campaignProblems({ ...ok, title: 'x'.repeat(CAMPAIGN_TITLE.max + 1) })).toEqual({ title: 'tooLong' });
    expect(campaignProblems({ ...ok, message: 'x'.repeat(CAMPAIGN_MESSAGE.max + 1) })).toEqual({ message: 'tooLong' });
  });
});
