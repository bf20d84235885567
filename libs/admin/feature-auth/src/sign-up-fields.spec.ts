import type { SignUpDraft } from './sign-up-fields';
import { draftProblems, firstRefused, refusedProblems, signUpRefusal } from './sign-up-fields';

const READY: SignUpDraft = { role: 'VOLUNTEER', displayName: 'Awa', email: 'awa@example.org', password: 'dix-caracteres', home: 'inside' };

describe('draftProblems', () => {
  it('finds nothing wrong with a complete draft', () => {
    expect(draftProblems(READY)).toEqual({});
  });

  it('names every empty field, and a home without a quartier', () => {
    expect(draftProblems({ role: null, displayName: '  ', email: '', password: '', home: 'none' })).toEqual({
      role: 'roleRequired',
      displayName: 'displayNameRequired',
      email: 'emailRequired',
      password: 'passwordRequired',
      location: 'quartierRequired',
    });
  });

  it('applies the API’s rules: 10 characters for a password, a whole e-mail, a name of 100 at most, a home in a quartier', () => {
    expect(draftProblems({ ...READY, password: '123456789' }).password).toBe('passwordTooShort');
    expect(draftProblems({ ...READY, password: '1234567890' }).password).toBeUndefined();
    expect(draftProblems({ ...READY, password: 'x'.repeat(201) }).password).toBe('passwordTooLong');
    expect(draftProblems({ ...READY, email: 'awa@example' }).email).toBe('emailInvalid');
    expect(draftProblems({ ...READY, displayName: 'a'.repeat(101) }).displayName).toBe('displayNameTooLong');
    expect(draftProblems({ ...READY, home: 'outside' }).location).toBe('locationOutside');
  });
});

describe('signUpRefusal', () => {
  it('keeps the fields a BAD_USER_INPUT names, in the form’s order, and drops the ones the form does not have', () => {
    const extensions = {
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'referralCode', message: 'matches nobody; check the code' },
        { field: 'email', message: 'is already registered; log in instead' },
        { field: 'languages', message: 'unknown' },
      ],
    };
    expect(signUpRefusal(extensions)).toEqual({ kind: 'fields', fields: ['email', 'referralCode'] });
  });

  it('tells too many attempts from other refusals', () => {
    expect(signUpRefusal({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 60 })).toEqual({ kind: 'tooManyAttempts' });
    expect(signUpRefusal({ code: 'FORBIDDEN' })).toEqual({ kind: 'failed' });
    expect(signUpRefusal({ code: 'BAD_USER_INPUT', fields: [{ field: 'languages' }] })).toEqual({ kind: 'failed' });
    expect(signUpRefusal(undefined)).toEqual({ kind: 'failed' });
  });
});

describe('refusedProblems', () => {
  it('reads a well-formed e-mail refused as already registered, and a refused code as matching nobody', () => {
    expect(refusedProblems(['email', 'referralCode'], READY)).toEqual({ email: 'emailTaken', referralCode: 'referralCodeUnknown' });
  });

  it('words a refused password, name or place from what was sent', () => {
    expect(refusedProblems(['password', 'displayName', 'location'], { ...READY, password: 'court' })).toEqual({
      password: 'passwordTooShort',
      displayName: 'displayNameTooLong',
      location: 'locationInvalid',
    });
    expect(refusedProblems(['email'], { ...READY, email: 'awa' })).toEqual({ email: 'emailInvalid' });
  });
});

describe('firstRefused', () => {
  it('is the refused field shown highest in the form', () => {
    expect(firstRefused({ referralCode: 'referralCodeUnknown', password: 'passwordTooShort' })).toBe('password');
    expect(firstRefused({})).toBeNull();
  });
});
