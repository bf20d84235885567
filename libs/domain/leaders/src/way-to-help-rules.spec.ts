import { checkWayToHelp, linkProblem } from './way-to-help-rules';

describe('ways to help from home', () => {
  it('takes web links only', () => {
    expect(linkProblem('https://dondesang.efs.sante.fr/trouver-une-collecte')).toBeNull();
    expect(linkProblem('http://example.org')).toBeNull();
    expect(linkProblem('javascript:alert(1)')).toMatch(/https/);
    expect(linkProblem('data:text/html,hi')).toMatch(/https/);
    expect(linkProblem('https://user:pw@example.org')).toMatch(/password/);
    expect(linkProblem('pas une adresse')).toMatch(/web address/);
    expect(linkProblem(`https://example.org/${'a'.repeat(500)}`)).toMatch(/500/);
  });

  it('names each field at fault, and an absent link is fine', () => {
    expect(checkWayToHelp({ title: ' ', body: '', link: 'ftp://x' }).map((e) => e.field)).toEqual(['title', 'body', 'link']);
    expect(checkWayToHelp({ title: 'Donner son sang', body: 'Une collecte a lieu samedi.', link: null })).toEqual([]);
  });
});
