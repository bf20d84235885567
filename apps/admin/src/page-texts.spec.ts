import { BASE_GROUPS } from '@relais/admin-i18n';
import { resources } from '@relais/admin-i18n/testing';
import { pageTextGroups } from './lazy-page';
// Declares the pages, each with the groups of texts it loads.
import './router';

describe('the groups of texts', () => {
  it('each come with the app or with a page that names it: none is out of reach', () => {
    const reached = new Set<string>([...BASE_GROUPS, ...pageTextGroups()]);
    expect(Object.keys(resources.fr.translation).filter((group) => !reached.has(group))).toEqual([]);
  });
});
