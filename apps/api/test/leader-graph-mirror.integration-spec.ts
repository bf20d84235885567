import type { LeaderColumns } from '@relais/domain-leaders';
import { LeaderGraphMirror, LeaderGraphReader, LeaderScoresService } from '@relais/server-leaders';
import { ASSIGN, COMPLETE, ENDORSE, THANK, makeOrganiser, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { signUp } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

/** The edges of some columns as a sorted list, people by id: comparable whatever the numbering and order. */
function edges(columns: LeaderColumns): string[] {
  const { kind, source, target, at, rating, count } = columns.interactions;
  return Array.from(
    { length: count },
    (_, i) => `${kind[i]} ${columns.personId(source[i] as number)} → ${columns.personId(target[i] as number)} ${at[i]} ${rating[i]}`,
  ).sort();
}

/** The givers' records of some columns, people by id, vouches to 12 places (summed in another order by the database). */
function givers(columns: LeaderColumns): string[] {
  const { person, helped, thanked, vouched, count } = columns.givers;
  return Array.from({ length: count }, (_, i) => `${columns.personId(person[i] as number)} ${helped[i]} ${thanked[i]} ${(vouched[i] as number).toFixed(12)}`).sort();
}

const volunteersOf = (columns: LeaderColumns) => Array.from(columns.volunteers.person.subarray(0, columns.volunteers.count), (p) => columns.personId(p)).sort();

describe('the trust graph leader scoring keeps in memory', () => {
  let test: TestApp;
  let mirror: LeaderGraphMirror;
  let reader: LeaderGraphReader;
  let here: string;
  let ids: string[];
  let organiser: SignedUp;
  let volunteers: SignedUp[];
  let residents: SignedUp[];

  async function help(volunteer: SignedUp, resident: SignedUp, rating: number | null): Promise<string> {
    const request = await postRequest(test.api, resident.token);
    await test.api.ok(ASSIGN, { id: request.id, volunteerId: volunteer.id }, organiser.token);
    await test.api.ok(COMPLETE, { id: request.id }, volunteer.token);
    if (rating !== null) await test.api.ok(THANK, { requestId: request.id, rating }, resident.token);
    return request.id;
  }

  /** The neighbourhood's part and the city's, from memory, are what the database gives now. */
  async function expectSameAsDatabase(): Promise<void> {
    const [fromMemory, fromDatabase] = [await mirror.neighbourhood(here), await reader.neighbourhood(here)];
    expect(volunteersOf(fromMemory)).toEqual(volunteersOf(fromDatabase));
    expect(edges(fromMemory)).toEqual(edges(fromDatabase));
    expect(givers(fromMemory)).toEqual(givers(fromDatabase));
    const [cityFromMemory, cityFromDatabase] = [await mirror.city(ids), await reader.city(ids)];
    expect(edges(cityFromMemory)).toEqual(edges(cityFromDatabase));
    expect(givers(cityFromMemory)).toEqual(givers(cityFromDatabase));
  }

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3, 11]);
    const byName = await neighbourhoodIdsByName(test);
    here = byName['Enfants-Rouges'] as string;
    ids = Object.values(byName).sort();
    mirror = test.app.get(LeaderGraphMirror);
    reader = test.app.get(LeaderGraphReader);
    organiser = await makeOrganiser(test.api, test.db, [here]);
    volunteers = [];
    for (let i = 0; i < 3; i++) volunteers.push(await signUpVolunteer(test.api, { rankingConsent: true }));
    residents = [];
    for (let i = 0; i < 3; i++) residents.push(await signUp(test.api));
    await help(volunteers[0] as SignedUp, residents[0] as SignedUp, 5);
  });
  afterAll(() => test.close());

  it('follows helps, thanks, endorsements, referrals and their undoing as the database has them', async () => {
    const [a, b, c] = volunteers as [SignedUp, SignedUp, SignedUp];
    const [r1, r2, r3] = residents as [SignedUp, SignedUp, SignedUp];
    await expectSameAsDatabase(); // read whole, the first time
    expect(mirror.wholeReads).toBe(1);
    const unthanked = await help(b, r1, null);
    await help(a, r2, 4);
    await test.api.ok(ENDORSE, { personId: a.id }, r3.token);
    await test.api.ok(ENDORSE, { personId: b.id }, c.token);
    await expectSameAsDatabase();
    // A thanks changes a help's rating: one edge goes, another comes.
    await test.api.ok(THANK, { requestId: unthanked, rating: 2 }, r1.token);
    const recruit = await signUp(test.api, { referralCode: c.referralCode });
    await expectSameAsDatabase();
    // The recruit takes part: their record, which their referral is weighed by, follows from the log too.
    const recruitHelped = async () => givers(await mirror.neighbourhood(here)).some((record) => record.startsWith(`${recruit.id} 0 1 `));
    expect(await recruitHelped()).toBe(false);
    await help(a, recruit, 4);
    await expectSameAsDatabase();
    expect(await recruitHelped()).toBe(true);
    // Undone by hand, as an erasure or a correction would: an endorsement withdrawn, a help reopened, two identical edges of which one goes.
    await test.db.query(`DELETE FROM endorsement WHERE endorsed_id = $1`, [b.id]);
    await test.db.query(`UPDATE help_request SET status = 'CANCELLED' WHERE id = $1`, [unthanked]);
    await test.db.query(`INSERT INTO endorsement (endorser_id, endorsed_id, created_at) SELECT endorser_id, $2, created_at FROM endorsement WHERE endorsed_id = $1`, [a.id, c.id]);
    await expectSameAsDatabase();
    await test.db.query(`DELETE FROM endorsement WHERE endorsed_id = $1`, [c.id]);
    await expectSameAsDatabase();
    expect(mirror.wholeReads).toBe(1); // every change followed from the log
  });

  it('sees a change whose transaction began before a read and committed after, even behind a later one', async () => {
    const [a, b] = volunteers as [SignedUp, SignedUp];
    const [r1, r2] = residents as [SignedUp, SignedUp];
    await mirror.neighbourhood(here);
    const slow = test.db.createQueryRunner();
    await slow.connect();
    try {
      await slow.startTransaction();
      await slow.query(`INSERT INTO endorsement (endorser_id, endorsed_id) VALUES ($1, $2)`, [r1.id, b.id]);
      await test.db.query(`INSERT INTO endorsement (endorser_id, endorsed_id) VALUES ($1, $2)`, [r2.id, a.id]);
      await expectSameAsDatabase();
      await slow.commitTransaction();
    } finally {
      if (slow.isTransactionActive) await slow.rollbackTransaction();
      await slow.release();
    }
    await expectSameAsDatabase();
    expect(edges(await mirror.neighbourhood(here)).filter((edge) => edge.startsWith(`2 ${r1.id} → ${b.id}`))).toHaveLength(1);
  });

  it('reads the graph again when a table is emptied at once', async () => {
    await mirror.neighbourhood(here);
    const reads = mirror.wholeReads;
    await test.db.query(`TRUNCATE endorsement`);
    await expectSameAsDatabase();
    expect(mirror.wholeReads).toBe(reads + 1);
  });

  it('warms up as a server starts: the busiest neighbourhoods scored from memory, nothing written', async () => {
    await mirror.neighbourhood(here);
    const reads = mirror.wholeReads;
    const written = `SELECT (SELECT count(*) FROM leader_score)::int AS scores, (SELECT count(*) FROM leader_score_snapshot)::int AS snapshots,
                            (SELECT max(computed_at) FROM leader_score) AS at`;
    const before = await test.db.query(written);
    expect(await test.app.get(LeaderScoresService).warmUp()).toBeGreaterThanOrEqual(1);
    expect(await test.db.query(written)).toEqual(before);
    expect(mirror.wholeReads).toBe(reads); // in memory already: caught up from the log, not read again
  });
});
