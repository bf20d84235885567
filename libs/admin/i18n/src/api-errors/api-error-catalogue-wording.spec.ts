import { apiErrorWording, waitWording } from './api-error-catalogue';
import { apiErrorParts } from './api-error-parts';

const refusal = (extensions: Record<string, unknown>) => ({ graphQLErrors: [{ message: 'raw English', extensions }] });

describe('apiErrorWording', () => {
  it('words a reason before its code', () => {
    expect(apiErrorWording(apiErrorParts(refusal({ code: 'CONFLICT', reason: 'ALREADY_TAKEN' }))).key).toBe('errors.reason.ALREADY_TAKEN');
    expect(apiErrorWording(apiErrorParts(refusal({ code: 'CONFLICT' }))).key).toBe('errors.code.CONFLICT');
  });

  it('says how long to wait after too many attempts, in the unit people use', () => {
    expect(apiErrorWording(apiErrorParts(refusal({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 3600 })))).toEqual({
      key: 'errors.reason.TOO_MANY_ATTEMPTS',
      values: {},
      wait: { key: 'errors.wait.minutes', count: 60 },
    });
    expect(waitWording(1)).toEqual({ key: 'errors.wait.seconds', count: 1 });
    expect(waitWording(86_400)).toEqual({ key: 'errors.wait.hours', count: 24 });
  });

  it('reads a document refused with HTTP 400 from the network error body', () => {
    const refused = { graphQLErrors: [], networkError: { result: { errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' } }] } } };
    expect(apiErrorWording(apiErrorParts(refused)).key).toBe('errors.limit.cost');
  });

  it('gives a field rule with BAD_USER_INPUT', () => {
    const wording = apiErrorWording(apiErrorParts(refusal({ code: 'BAD_USER_INPUT', fields: [{ field: 'title', message: 'must be 3 to 120 characters' }] })));
    expect(wording).toEqual({ key: 'errors.code.BAD_USER_INPUT', values: {}, rule: { key: 'length', values: { min: 3, max: 120 } } });
  });

  it('says the network failed when no answer came, and a generic sentence for anything else', () => {
    expect(apiErrorWording(apiErrorParts({ graphQLErrors: [], networkError: new Error('Failed to fetch') })).key).toBe('errors.network');
    expect(apiErrorWording(apiErrorParts(refusal({ code: 'TEAPOT' }))).key).toBe('errors.unknown');
    expect(apiErrorWording(apiErrorParts(new Error('raw'))).key).toBe('errors.unknown');
  });
});
