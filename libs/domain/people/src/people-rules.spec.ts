import fc from 'fast-check';
import { REFERRAL_CODE_LENGTH, makeReferralCode, normaliseReferralCode } from './referral-code';
import { Role } from './role';
import { checkEmail, checkPassword, checkSelfChosenRole, checkSkills, normaliseEmail } from './sign-up-rules';
import { checkVolunteerProfileChange } from './volunteer-profile-rules';

describe('sign-up rules', () => {
  it('compares e-mails without case or surrounding spaces', () => {
    expect(normaliseEmail('  Claire.Martin@Example.ORG ')).toBe('claire.martin@example.org');
  });

  it.each(['a@b.fr', 'prénom.nom@exemple.fr'])('accepts %s', (email) => expect(checkEmail(email)).toEqual([]));
  it.each(['', 'no-at.fr', 'a@b', 'a b@c.fr'])('refuses %j', (email) => expect(checkEmail(email)[0]?.field).toBe('email'));

  it('wants passwords of 10 characters or more', () => {
    expect(checkPassword('123456789')).toHaveLength(1);
    expect(checkPassword('1234567890')).toEqual([]);
  });

  it('lets people choose only RESIDENT or VOLUNTEER', () => {
    expect(checkSelfChosenRole(Role.RESIDENT)).toEqual([]);
    expect(checkSelfChosenRole(Role.VOLUNTEER)).toEqual([]);
    expect(checkSelfChosenRole(Role.ORGANISER)[0]?.field).toBe('role');
    expect(checkSelfChosenRole(Role.ADMIN)[0]?.field).toBe('role');
  });

  it('names unknown skills', () => {
    expect(checkSkills(['ERRANDS', 'JUGGLING'])[0]?.message).toMatch(/JUGGLING/);
  });
});

describe('volunteer profile rules', () => {
  it('accepts exactly the radii from 100 m to 50 km and capacities from 1 to 20', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 60_000 }), fc.integer({ min: -5, max: 30 }), (radius, capacity) => {
        const fields = checkVolunteerProfileChange({ travelRadiusMeters: radius, maxActiveRequests: capacity }).map((e) => e.field);
        expect(fields.includes('travelRadiusMeters')).toBe(radius < 100 || radius > 50_000);
        expect(fields.includes('maxActiveRequests')).toBe(capacity < 1 || capacity > 20);
      }),
    );
  });

  it('refuses fractional numbers', () => {
    expect(checkVolunteerProfileChange({ maxActiveRequests: 2.5 })[0]?.field).toBe('maxActiveRequests');
  });
});

describe('referral codes', () => {
  it('are 8 unambiguous characters, whatever the random bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 64, maxLength: 64 }), (bytes) => {
        let i = 0;
        const code = makeReferralCode(() => bytes[i++ % bytes.length] as number);
        expect(code).toHaveLength(REFERRAL_CODE_LENGTH);
        expect(code).toMatch(/^[A-HJKMNP-Z2-9]+$/);
      }),
    );
  });

  it('are read back whatever the case', () => {
    expect(normaliseReferralCode(' ab3k9xyz ')).toBe('AB3K9XYZ');
  });
});
