import argon2 from '@node-rs/argon2';
import { LOGIN_THROTTLE, LoginThrottleService } from '@relais/server-auth';
import type { GraphQLResult } from './support/graphql-client';
import { errorCode } from './support/graphql-client';
import { requestFrom } from './support/from-address';
import { LOG_IN, PASSWORD, signUp } from './support/people-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

type LogInResult = GraphQLResult<{ logIn: { token: string } }>;

const FREE_PER_PAIR = LOGIN_THROTTLE.PAIR.free;

const wrong = (i: number) => `wrong guess number ${i}`;
const refusal = (result: LogInResult) => result.errors?.[0]?.extensions;

describe('log-in throttling', () => {
  let test: TestApp;
  // Counts every argon2 verification the server runs (a real one, or the decoy for an unknown e-mail).
  let passwordChecks: jest.SpyInstance;

  beforeAll(async () => {
    test = await startTestApp();
    passwordChecks = jest.spyOn(argon2, 'verify');
  });
  afterAll(async () => {
    passwordChecks.mockRestore();
    await test.close();
  });

  const logIn = (email: string, password: string, headers: Record<string, string> = {}): Promise<LogInResult> =>
    test.api.request(LOG_IN, { email, password }, null, headers);

  // Every guess of the burst is wrong: a right one checked among the first five would log in and
  // rightly clear the pair's counter (the guesser then holds the password), and parallel requests
  // reach the server in no fixed order.
  it('checks at most five passwords of 50 parallel guesses from one address; the right one gets no token once over', async () => {
    const owner = await signUp(test.api);
    passwordChecks.mockClear();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => logIn(owner.email, wrong(i))));
    const checked = passwordChecks.mock.calls.length;
    const answered = results.filter((r) => errorCode(r) === 'UNAUTHENTICATED').length;
    expect(checked).toBeLessThanOrEqual(FREE_PER_PAIR);
    expect(answered).toBe(checked);
    const refused = results.filter((r) => errorCode(r) === 'FORBIDDEN');
    expect(refused).toHaveLength(50 - checked);
    for (const result of refused) expect(refusal(result)).toMatchObject({ reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: expect.any(Number) });
    const after = await logIn(owner.email, PASSWORD);
    expect(after.data?.logIn?.token).toBeUndefined();
    expect(refusal(after)).toMatchObject({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS' });
  });

  it("lets the owner in from another address right after an attacker's burst", async () => {
    const owner = await signUp(test.api);
    await Promise.all(Array.from({ length: 50 }, (_, i) => logIn(owner.email, wrong(i))));
    const result = await requestFrom<{ logIn: { token: string } }>('127.0.0.2', `${test.baseUrl}/graphql`, LOG_IN, { email: owner.email, password: PASSWORD });
    expect(result.errors).toBeUndefined();
    expect(result.data?.logIn.token).toEqual(expect.any(String));
  });

  it('counts a client rotating X-Forwarded-For as one address when no proxy is trusted', async () => {
    const owner = await signUp(test.api);
    passwordChecks.mockClear();
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 8; i++) codes.push(errorCode(await logIn(owner.email, wrong(i), { 'x-forwarded-for': `203.0.113.${i + 1}` })));
    expect(codes).toEqual([...Array<string>(FREE_PER_PAIR).fill('UNAUTHENTICATED'), 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(passwordChecks.mock.calls.length).toBe(FREE_PER_PAIR);
  });

  it('lets the next guess through once the wait is over, then waits twice as long', async () => {
    const owner = await signUp(test.api);
    for (let i = 0; i < FREE_PER_PAIR; i++) expect(errorCode(await logIn(owner.email, wrong(i)))).toBe('UNAUTHENTICATED');
    const first = refusal(await logIn(owner.email, PASSWORD));
    expect(first).toMatchObject({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS' });
    expect(first?.['retryAfterSeconds']).toBeLessThanOrEqual(LOGIN_THROTTLE.PAIR.firstDelaySeconds);
    await waitIsOver(test);
    expect(errorCode(await logIn(owner.email, wrong(99)))).toBe('UNAUTHENTICATED');
    const second = refusal(await logIn(owner.email, PASSWORD));
    expect(second?.['retryAfterSeconds']).toBeGreaterThan(LOGIN_THROTTLE.PAIR.firstDelaySeconds);
    expect(second?.['retryAfterSeconds']).toBeLessThanOrEqual(2 * LOGIN_THROTTLE.PAIR.firstDelaySeconds);
    await waitIsOver(test);
    expect((await logIn(owner.email, PASSWORD)).data?.logIn.token).toEqual(expect.any(String));
  });

  it("clears the pair's failures on a successful log-in", async () => {
    const owner = await signUp(test.api);
    for (let i = 0; i < FREE_PER_PAIR - 1; i++) await logIn(owner.email, wrong(i));
    expect((await logIn(owner.email, PASSWORD)).data?.logIn.token).toEqual(expect.any(String));
    const codes: (string | undefined)[] = [];
    for (let i = 0; i <= FREE_PER_PAIR; i++) codes.push(errorCode(await logIn(owner.email, wrong(i))));
    expect(codes).toEqual([...Array<string>(FREE_PER_PAIR).fill('UNAUTHENTICATED'), 'FORBIDDEN']);
  });

  it('throttles an unknown e-mail exactly as a registered one, so neither answer tells them apart', async () => {
    const owner = await signUp(test.api);
    const answers = async (email: string) => {
      const out: unknown[] = [];
      for (let i = 0; i <= FREE_PER_PAIR; i++) {
        const error = (await logIn(email, wrong(i))).errors?.[0];
        out.push({ message: error?.message, code: error?.extensions?.code, reason: error?.extensions?.['reason'] });
      }
      return out;
    };
    expect(await answers(`nobody.${Date.now()}@example.org`)).toEqual(await answers(owner.email));
  });

  it('forgets counters once their window has run out', async () => {
    const owner = await signUp(test.api);
    await logIn(owner.email, wrong(0));
    const before = await counters(test);
    await test.db.query(`UPDATE login_throttle SET window_ends_at = now() - interval '1 second', known_until = NULL`);
    await test.app.get(LoginThrottleService).prune();
    expect(before).toBeGreaterThan(0);
    expect(await counters(test)).toBe(0);
  });
});

describe('log-in throttling behind a trusted proxy', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp({ trustProxy: ['loopback'] });
  });
  afterAll(() => test.close());

  const logInFrom = (address: string, email: string, password: string): Promise<LogInResult> =>
    test.api.request(LOG_IN, { email, password }, null, { 'x-forwarded-for': address });

  it('counts each forwarded address apart', async () => {
    const owner = await signUp(test.api);
    for (let i = 0; i < FREE_PER_PAIR; i++) await logInFrom('203.0.113.10', owner.email, wrong(i));
    expect(errorCode(await logInFrom('203.0.113.10', owner.email, PASSWORD))).toBe('FORBIDDEN');
    expect((await logInFrom('203.0.113.11', owner.email, PASSWORD)).data?.logIn.token).toEqual(expect.any(String));
  });

  it('slows guesses spread over many addresses, but never at an address the owner logged in from', async () => {
    const owner = await signUp(test.api);
    expect((await logInFrom('198.51.100.1', owner.email, PASSWORD)).data?.logIn.token).toEqual(expect.any(String));
    const perEmail = LOGIN_THROTTLE.EMAIL.free;
    const spread = Array.from({ length: perEmail }, (_, i) => logInFrom(`192.0.2.${Math.floor(i / FREE_PER_PAIR) + 1}`, owner.email, wrong(i)));
    expect((await Promise.all(spread)).map(errorCode)).toEqual(Array<string>(perEmail).fill('UNAUTHENTICATED'));
    const fresh = refusal(await logInFrom('192.0.2.200', owner.email, wrong(99)));
    expect(fresh).toMatchObject({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: expect.any(Number) });
    expect((await logInFrom('198.51.100.1', owner.email, PASSWORD)).data?.logIn.token).toEqual(expect.any(String));
  });

  it('slows one address trying many e-mails', async () => {
    const perAddress = LOGIN_THROTTLE.ADDRESS.free;
    for (let batch = 0; batch < perAddress; batch += 10) {
      const tries = Array.from({ length: 10 }, (_, i) => logInFrom('198.51.100.66', `sprayed.${batch + i}@example.org`, wrong(i)));
      expect((await Promise.all(tries)).map(errorCode)).toEqual(Array<string>(10).fill('UNAUTHENTICATED'));
    }
    const owner = await signUp(test.api);
    expect(refusal(await logInFrom('198.51.100.66', owner.email, PASSWORD))).toMatchObject({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS' });
    expect((await logInFrom('198.51.100.67', owner.email, PASSWORD)).data?.logIn.token).toEqual(expect.any(String));
  });
});

/** Moves every pending wait to now, as if its time had passed. */
async function waitIsOver(test: TestApp): Promise<void> {
  await test.db.query(`UPDATE login_throttle SET next_try_at = now() WHERE next_try_at > now()`);
}

async function counters(test: TestApp): Promise<number> {
  const rows: { n: number }[] = await test.db.query(`SELECT count(*)::int AS n FROM login_throttle`);
  return rows[0]?.n ?? 0;
}
