import { LOG_IN, PASSWORD, signUp } from './support/people-fixtures';
import { importParis } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const ME = `{ me { id } }`;
const DAY = 86_400_000;

/** When each person last used Relais: what the erasure of unused accounts counts from. */
describe('last activity', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
  });
  afterAll(() => test.close());

  const activity = async (id: string): Promise<{ last: number; notice: Date | null }> => {
    const [row] = await test.db.query(`SELECT last_active_at, inactivity_notice_at FROM person WHERE id = $1`, [id]);
    return { last: (row.last_active_at as Date).getTime(), notice: row.inactivity_notice_at };
  };
  const setActivity = (id: string, lastActiveAt: Date, noticeAt: Date | null = null) =>
    test.db.query(`UPDATE person SET last_active_at = $2, inactivity_notice_at = $3 WHERE id = $1`, [id, lastActiveAt, noticeAt]);

  it('starts at sign-up, and a log-in sets it again and withdraws an inactivity notice', async () => {
    const person = await signUp(test.api);
    expect(Math.abs((await activity(person.id)).last - Date.now())).toBeLessThan(60_000);

    const longAgo = new Date(Date.now() - 1200 * DAY);
    await setActivity(person.id, longAgo, new Date(Date.now() - 5 * DAY));
    await test.api.ok(LOG_IN, { email: person.email, password: PASSWORD });
    const after = await activity(person.id);
    expect(Math.abs(after.last - Date.now())).toBeLessThan(60_000);
    expect(after.notice).toBeNull();
  });

  it('a wrong password changes nothing', async () => {
    const person = await signUp(test.api);
    const longAgo = new Date(Date.now() - 1200 * DAY);
    const noticeAt = new Date(Date.now() - 5 * DAY);
    await setActivity(person.id, longAgo, noticeAt);
    const refused = await test.api.request(LOG_IN, { email: person.email, password: 'not the password at all' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await activity(person.id)).toEqual({ last: longAgo.getTime(), notice: noticeAt });
  });

  it('a signed-in request writes it once a day at the most, and withdraws a notice', async () => {
    const person = await signUp(test.api);
    const yesterday = new Date(Date.now() - 2 * DAY);
    await setActivity(person.id, yesterday, new Date(Date.now() - 3 * DAY));
    await test.api.ok(ME, {}, person.token);
    const first = await activity(person.id);
    expect(Math.abs(first.last - Date.now())).toBeLessThan(60_000);
    expect(first.notice).toBeNull();

    // Seen today already: later requests today write nothing, whatever the column says.
    await setActivity(person.id, yesterday);
    await test.api.ok(ME, {}, person.token);
    await test.api.ok(ME, {}, person.token);
    expect((await activity(person.id)).last).toBe(yesterday.getTime());
  });

  it('another instance that has not seen the person today writes nothing when the time held is already today', async () => {
    const person = await signUp(test.api);
    const other = await startTestApp({ sameDatabaseAs: test });
    try {
      const [{ today }] = await test.db.query(`SELECT date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS today`);
      // Earlier today (or now, just after midnight): fresh, so no write.
      const earlier = new Date(Math.min(Date.now(), (today as Date).getTime() + 1000));
      await setActivity(person.id, earlier);
      await other.api.ok(ME, {}, person.token);
      expect((await activity(person.id)).last).toBe(earlier.getTime());
    } finally {
      await other.close();
    }
  });
});
