import { firstProblem, wayToHelpInput, wayToHelpProblems } from './way-to-help-form';
import type { WayToHelpDraft } from './way-to-help-form';

const draft = (patch: Partial<WayToHelpDraft> = {}): WayToHelpDraft => ({
  kind: 'GIVE_BLOOD',
  title: 'Donner son sang',
  body: 'Une collecte a lieu samedi à la mairie.',
  link: '',
  neighbourhoodIds: ['quartier-1'],
  ...patch,
});

describe('wayToHelpProblems', () => {
  it('accepts a complete way to help, with or without a link', () => {
    expect(wayToHelpProblems(draft(), false)).toEqual({});
    expect(wayToHelpProblems(draft({ link: 'https://dondesang.efs.sante.fr/' }), false)).toEqual({});
    expect(wayToHelpProblems(draft({ link: '  http://example.org/collecte  ' }), false)).toEqual({});
  });

  it('asks for a title and a text, blank ones included, and keeps them within the API’s lengths', () => {
    expect(wayToHelpProblems(draft({ title: '   ', body: '' }), false)).toEqual({ title: 'required', body: 'required' });
    expect(wayToHelpProblems(draft({ title: 'x'.repeat(120), body: 'y'.repeat(1000) }), false)).toEqual({});
    expect(wayToHelpProblems(draft({ title: 'x'.repeat(121), body: 'y'.repeat(1001) }), false)).toEqual({ title: 'tooLong', body: 'tooLong' });
  });

  it('refuses a link that is not an http(s) address people can open', () => {
    for (const link of ['dondesang.fr', 'javascript:alert(1)', 'ftp://example.org/file', 'https://user:secret@example.org/']) {
      expect(wayToHelpProblems(draft({ link }), false)).toEqual({ link: 'notAddress' });
    }
    expect(wayToHelpProblems(draft({ link: `https://example.org/${'a'.repeat(490)}` }), false)).toEqual({ link: 'tooLong' });
  });

  it('lets only ADMIN leave the quartiers empty, for the whole city', () => {
    expect(wayToHelpProblems(draft({ neighbourhoodIds: [] }), false)).toEqual({ neighbourhoodIds: 'required' });
    expect(wayToHelpProblems(draft({ neighbourhoodIds: [] }), true)).toEqual({});
  });
});

describe('firstProblem', () => {
  it('follows the form’s order, for the cursor to go to the first field to fix', () => {
    expect(firstProblem({ neighbourhoodIds: 'required', link: 'notAddress' })).toBe('link');
    expect(firstProblem({ body: 'required', title: 'tooLong' })).toBe('title');
    expect(firstProblem({})).toBeNull();
  });
});

describe('wayToHelpInput', () => {
  it('sends trimmed text and no link rather than an empty one', () => {
    expect(wayToHelpInput(draft({ title: '  Donner  ', body: ' Samedi. ', link: '  ' }))).toEqual({
      kind: 'GIVE_BLOOD',
      title: 'Donner',
      body: 'Samedi.',
      link: null,
      neighbourhoodIds: ['quartier-1'],
    });
    expect(wayToHelpInput(draft({ link: ' https://example.org ' })).link).toBe('https://example.org');
  });
});
