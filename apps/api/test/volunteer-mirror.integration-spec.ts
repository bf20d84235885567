import { HelpCategory } from '@relais/domain-people';
import { VolunteerMirror } from '@relais/server-matching';
import { signUpVolunteer } from './support/help-request-fixtures';
import { MARAIS } from './support/people-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

/** What the GiST index on reach boxes says: who, active and with room, offers the category and can reach the point. */
async function reachingInDatabase(test: TestApp, point: { lat: number; lng: number }, category: HelpCategory): Promise<string[]> {
  const rows: { id: string }[] = await test.db.query(
    `SELECT person_id AS id FROM volunteer_profile
      WHERE active AND active_requests < max_active_requests AND skills @> ARRAY[$3]::text[] AND reach @> box(point($1, $2), point($1, $2))`,
    [point.lng, point.lat, category],
  );
  return rows.map((row) => row.id).sort();
}

const near = (dx: number, dy: number) => ({ lat: MARAIS.lat + dy / 111_000, lng: MARAIS.lng + dx / 73_000 });
const POINTS = [near(0, 0), near(900, 0), near(-1500, 700), near(2500, -2500), near(0, 4000)];

describe('the volunteers matching keeps in memory', () => {
  let test: TestApp;
  let mirror: VolunteerMirror;
  let ids: string[];

  const reachingInMemory = async (point: { lat: number; lng: number }, category: HelpCategory) => {
    await mirror.caughtUp();
    return mirror.reaching(point, category).map((volunteer) => volunteer.id).sort();
  };

  const expectSameAsDatabase = async () => {
    for (const point of POINTS) {
      for (const category of [HelpCategory.ERRANDS, HelpCategory.HOMEWORK, HelpCategory.TRANSPORT]) {
        expect(await reachingInMemory(point, category)).toEqual(await reachingInDatabase(test, point, category));
      }
    }
  };

  beforeAll(async () => {
    test = await startTestApp();
    mirror = test.app.get(VolunteerMirror);
    ids = [];
    for (let i = 0; i < 8; i++) ids.push((await signUpVolunteer(test.api, { location: near(i * 300 - 1000, (i % 3) * 400) })).id);
  });
  afterAll(() => test.close());

  it('answers as the database does, through every kind of change to profiles', async () => {
    await expectSameAsDatabase();
    // Random changes, from a fixed seed: pauses, moves, radii, capacity, skills, a profile deleted.
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const pick = () => ids[Math.floor(random() * ids.length)] as string;
    const changes = [
      (id: string) => test.db.query(`UPDATE volunteer_profile SET active = NOT active WHERE person_id = $1`, [id]),
      // A home moves with the person's; the database copies it onto the profile.
      (id: string) => test.db.query(`UPDATE person SET home_lat = $2, home_lng = $3 WHERE id = $1`, [id, MARAIS.lat + (random() - 0.5) / 50, MARAIS.lng + (random() - 0.5) / 30]),
      (id: string) => test.db.query(`UPDATE volunteer_profile SET travel_radius_meters = $2 WHERE person_id = $1`, [id, 200 + Math.floor(random() * 5000)]),
      (id: string) => test.db.query(`UPDATE volunteer_profile SET active_requests = CASE WHEN active_requests >= max_active_requests THEN 0 ELSE max_active_requests END WHERE person_id = $1`, [id]),
      (id: string) => test.db.query(`UPDATE volunteer_profile SET skills = $2 WHERE person_id = $1`, [id, random() < 0.5 ? ['TRANSPORT'] : ['ERRANDS', 'HOMEWORK']]),
    ];
    for (let round = 0; round < 12; round++) {
      for (let n = 0; n < 3; n++) await (changes[Math.floor(random() * changes.length)] as (id: string) => Promise<unknown>)(pick());
      await expectSameAsDatabase();
    }
    await test.db.query(`DELETE FROM volunteer_profile WHERE person_id = $1`, [ids.pop()]);
    await expectSameAsDatabase();
  });

  it('sees a change whose transaction began before a read and committed after, even behind a later one', async () => {
    await test.db.query(`UPDATE person SET home_lat = $1, home_lng = $2`, [MARAIS.lat, MARAIS.lng]);
    await test.db.query(`UPDATE volunteer_profile SET active = true, active_requests = 0, skills = '{ERRANDS}', travel_radius_meters = 2000`);
    const [early, late] = ids as [string, string];
    expect(await reachingInMemory(MARAIS, HelpCategory.ERRANDS)).toEqual(expect.arrayContaining([early, late]));
    // `early` gets its transaction id first and commits last: ordering by id or time would miss it.
    const slow = test.db.createQueryRunner();
    await slow.connect();
    await slow.startTransaction();
    await slow.query(`UPDATE volunteer_profile SET active = false WHERE person_id = $1`, [early]);
    await test.db.query(`UPDATE volunteer_profile SET active = false WHERE person_id = $1`, [late]);
    const meanwhile = await reachingInMemory(MARAIS, HelpCategory.ERRANDS);
    expect(meanwhile).toContain(early);
    expect(meanwhile).not.toContain(late);
    await slow.commitTransaction();
    await slow.release();
    const after = await reachingInMemory(MARAIS, HelpCategory.ERRANDS);
    expect(after).not.toContain(early);
    expect(after).toEqual(await reachingInDatabase(test, MARAIS, HelpCategory.ERRANDS));
  });

  it('starts over when the table is emptied at once', async () => {
    expect((await reachingInMemory(MARAIS, HelpCategory.ERRANDS)).length).toBeGreaterThan(0);
    await test.db.query(`TRUNCATE volunteer_profile CASCADE`);
    expect(await reachingInMemory(MARAIS, HelpCategory.ERRANDS)).toEqual([]);
  });
});
