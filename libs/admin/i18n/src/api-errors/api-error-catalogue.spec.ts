import { en } from '../locales/en';
import { fr } from '../locales/fr';
import { knownFieldRule } from './field-rule';
import { emittedCodes, emittedLimits, emittedReasons, fieldRuleLiterals, serverSources } from './server-error-sources';

const sources = serverSources();
const languages = { fr: fr.errors, en: en.errors };

describe('the API errors the admin app can word', () => {
  it('include every extensions.code the API emits, with words in French and English', () => {
    const codes = [...emittedCodes(sources)].sort();
    // The scan itself must find what is known to be there, or it proves nothing.
    expect(codes).toEqual(expect.arrayContaining(['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED', 'NOT_FOUND', 'UNAUTHENTICATED']));
    for (const words of Object.values(languages)) expect(codes.filter((code) => !Object.hasOwn(words.code, code))).toEqual([]);
  });

  it('include every extensions.reason the API emits, with words in French and English', () => {
    const reasons = [...emittedReasons(sources)].sort();
    expect(reasons).toEqual(expect.arrayContaining(['ALREADY_TAKEN', 'WRONG_STATUS', 'TOO_MANY_ATTEMPTS', 'TOO_MANY_SUBSCRIPTIONS', 'LAST_ADMIN']));
    for (const words of Object.values(languages)) expect(reasons.filter((reason) => !Object.hasOwn(words.reason, reason))).toEqual([]);
  });

  it('include every document limit GraphQL Armor and the API refuse by, with words in French and English', () => {
    const limits = [...emittedLimits(sources)].sort();
    expect(limits).toEqual(expect.arrayContaining(['cost', 'depth']));
    for (const words of Object.values(languages)) expect(limits.filter((limit) => !Object.hasOwn(words.limit, limit))).toEqual([]);
  });

  it('know every field rule the API states in words, so that fields show it translated', () => {
    const literals = fieldRuleLiterals(sources);
    expect(literals).toEqual(expect.arrayContaining(['must have at most 12 characters', 'is not a valid e-mail address']));
    // The outreach settings word their ranges from a table: "must be " + those words, checked in field-rule.spec.
    const unknown = literals.filter((literal) => literal !== 'must be 12' && !knownFieldRule(literal));
    expect(unknown).toEqual([]);
  });
});
