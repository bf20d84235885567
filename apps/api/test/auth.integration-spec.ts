import { Role } from '@relais/domain-people';
import { errorCode, errorMessage } from './support/graphql-client';
import { LOG_IN, MARAIS, PASSWORD, SIGN_UP, count, signUp } from './support/people-fixtures';
import { importParis } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const ME = `{ me { id displayName roles isAmbassador referralCode neighbourhood { name } volunteerProfile { skills travelRadiusMeters maxActiveRequests active } } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  email: `new.${Math.random().toString(36).slice(2)}@example.org`,
  password: PASSWORD,
  displayName: 'Nadia',
  role: Role.VOLUNTEER,
  location: MARAIS,
  ...overrides,
});

describe('accounts: signUp, logIn, me', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
  });
  afterAll(() => test.close());

  it('signs a volunteer up with the default profile, in the quartier of their home', async () => {
    const { token } = await signUp(test.api, { role: Role.VOLUNTEER, skills: ['ERRANDS', 'HOMEWORK', 'ERRANDS'], displayName: 'Karim' });
    const data = await test.api.ok<{ me: Record<string, unknown> }>(ME, {}, token);
    expect(data.me).toMatchObject({
      displayName: 'Karim',
      roles: ['VOLUNTEER'],
      isAmbassador: false,
      neighbourhood: { name: 'Enfants-Rouges' },
      volunteerProfile: { skills: ['ERRANDS', 'HOMEWORK'], travelRadiusMeters: 2000, maxActiveRequests: 3, active: true },
    });
    expect(data.me['referralCode']).toMatch(/^[A-Z2-9]{8}$/);
  });

  it('signs a resident up outside every neighbourhood', async () => {
    const { token } = await signUp(test.api, { location: { lat: 43.6, lng: 1.44 } });
    const data = await test.api.ok<{ me: { roles: string[]; neighbourhood: unknown; volunteerProfile: unknown } }>(ME, {}, token);
    expect(data.me).toMatchObject({ roles: ['RESIDENT'], neighbourhood: null, volunteerProfile: null });
  });

  it('records who recruited whom through the referral code', async () => {
    const recruiter = await signUp(test.api, { role: Role.VOLUNTEER });
    const recruit = await signUp(test.api, { referralCode: recruiter.referralCode.toLowerCase() });
    const rows: { referred_by_id: string }[] = await test.db.query('SELECT referred_by_id FROM person WHERE id = $1', [recruit.id]);
    expect(rows[0]?.referred_by_id).toBe(recruiter.id);
  });

  it('keeps the password hashed with argon2id', async () => {
    const person = await signUp(test.api);
    const rows: { password_hash: string }[] = await test.db.query('SELECT password_hash FROM person WHERE id = $1', [person.id]);
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$/);
  });

  it.each([
    ['a short password', { password: 'short' }, /password must have at least 10 characters/],
    ['a malformed e-mail', { email: 'not-an-email' }, /email is not a valid e-mail address/],
    ['an empty name', { displayName: '   ' }, /displayName must not be empty/],
    ['the ADMIN role', { role: 'ADMIN' }, /role must be RESIDENT or VOLUNTEER/],
    ['the ORGANISER role', { role: 'ORGANISER' }, /role must be RESIDENT or VOLUNTEER/],
    ['an impossible home', { location: { lat: 120, lng: 2 } }, /location must have lat/],
    ['skills for a resident', { role: 'RESIDENT', skills: ['ERRANDS'] }, /skills are for volunteers only/],
    ['an unknown referral code', { referralCode: 'ZZZZZZZZ' }, /referralCode matches nobody/],
  ])('refuses %s with BAD_USER_INPUT naming the field, creating nobody', async (_what, overrides, message) => {
    const before = await count(test.db, 'person');
    const result = await test.api.request(SIGN_UP, { input: input(overrides) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorMessage(result)).toMatch(message);
    expect(await count(test.db, 'person')).toBe(before);
  });

  it('refuses an e-mail already registered, whatever its case', async () => {
    const first = await signUp(test.api, { email: 'Claire.Martin@Example.org' });
    const before = await count(test.db, 'person');
    const result = await test.api.request(SIGN_UP, { input: input({ email: '  claire.martin@EXAMPLE.org' }) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorMessage(result)).toMatch(/email is already registered/);
    expect(await count(test.db, 'person')).toBe(before);
    const logIn = await test.api.ok<{ logIn: { person: { id: string } } }>(LOG_IN, { email: 'CLAIRE.martin@example.org', password: PASSWORD });
    expect(logIn.logIn.person.id).toBe(first.id);
  });

  it('logs in with the right password and refuses a wrong one or an unknown e-mail', async () => {
    const person = await signUp(test.api);
    const ok = await test.api.ok<{ logIn: { token: string } }>(LOG_IN, { email: person.email, password: PASSWORD });
    const me = await test.api.ok<{ me: { id: string } }>(`{ me { id } }`, {}, ok.logIn.token);
    expect(me.me.id).toBe(person.id);
    const wrong = await test.api.request(LOG_IN, { email: person.email, password: 'wrong password!' });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    const unknown = await test.api.request(LOG_IN, { email: 'nobody@example.org', password: PASSWORD });
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
  });

  it("answers the log-in with the person's own private fields, as that person", async () => {
    const person = await signUp(test.api, { role: Role.VOLUNTEER, skills: ['ERRANDS'] });
    const data = await test.api.ok<{ logIn: { person: { email: string; volunteerProfile: { skills: string[] } } } }>(
      `mutation ($email: String!, $password: String!) { logIn(email: $email, password: $password) { person { email volunteerProfile { skills } } } }`,
      { email: person.email, password: PASSWORD },
    );
    expect(data.logIn.person).toEqual({ email: person.email, volunteerProfile: { skills: ['ERRANDS'] } });
  });

  it('answers me with null without a token or with a bad one', async () => {
    expect((await test.api.ok<{ me: unknown }>(`{ me { id } }`)).me).toBeNull();
    expect((await test.api.ok<{ me: unknown }>(`{ me { id } }`, {}, 'not.a.token')).me).toBeNull();
  });

  it('makes a sixth try of an e-mail from one address wait, even with the right password', async () => {
    const person = await signUp(test.api);
    for (let i = 0; i < 5; i++) {
      expect(errorCode(await test.api.request(LOG_IN, { email: person.email, password: `wrong-${i}-password` }))).toBe('UNAUTHENTICATED');
    }
    const slowed = await test.api.request(LOG_IN, { email: person.email, password: PASSWORD });
    expect(errorCode(slowed)).toBe('FORBIDDEN');
    expect(errorMessage(slowed)).toMatch(/too many log-in attempts; try again in \d+ s/);
    expect(slowed.errors?.[0]?.extensions).toMatchObject({ reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: expect.any(Number) });
    // Another e-mail from the same address is not affected.
    const other = await signUp(test.api);
    await test.api.ok(LOG_IN, { email: other.email, password: PASSWORD });
  });

  it('lets 100 sign-ups and 100 log-ins a minute through from one address', async () => {
    const emails: string[] = [];
    for (let i = 0; i < 100; i++) emails.push((await signUp(test.api, { email: `desk.${i}@example.org` })).email);
    for (const email of emails) await test.api.ok(LOG_IN, { email, password: PASSWORD });
  });
});
