import { MIGRATIONS } from '@relais/server-database';
import { HelpRequestTransitionsService } from '@relais/server-help-requests';
import type { MigrationInterface } from 'typeorm';
import { ACCEPT, CANCEL, COMPLETE, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import { signUp } from './support/people-fixtures';
import { importParis } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const DAY = 86_400_000;

/** The migration that dated closings and activity, run down and up over requests and people from before it. */
describe('retention times migration', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
  });
  afterAll(() => test.close());

  const columns = async (table: string): Promise<string[]> =>
    (
      await test.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND column_name = ANY($2::text[]) ORDER BY 1`, [
        table,
        ['closed_at', 'last_active_at', 'inactivity_notice_at'],
      ])
    ).map((row: { column_name: string }) => row.column_name);

  it('dates each closed request by the latest event that led to its status, each person by their sign-up, and goes down cleanly', async () => {
    const resident = await signUp(test.api);
    const volunteer = await signUpVolunteer(test.api);
    const done = await postRequest(test.api, resident.token);
    const cancelled = await postRequest(test.api, resident.token);
    const expired = await postRequest(test.api, resident.token, { neededBy: new Date(Date.now() + 3_600_000).toISOString() });
    const assigned = await postRequest(test.api, resident.token);
    const open = await postRequest(test.api, resident.token);
    const noEvent = await postRequest(test.api, resident.token);
    await test.api.ok(ACCEPT, { id: done.id }, volunteer.token);
    await test.api.ok(COMPLETE, { id: done.id }, volunteer.token);
    await test.api.ok(CANCEL, { id: cancelled.id }, resident.token);
    await test.api.ok(ACCEPT, { id: assigned.id }, volunteer.token);
    await test.api.ok(CANCEL, { id: noEvent.id }, resident.token);
    await test.db.query(`UPDATE help_request SET needed_by = now() - interval '1 minute' WHERE id = $1`, [expired.id]);
    expect(await test.app.get(HelpRequestTransitionsService).expireDue()).toBe(1);

    const Migration = MIGRATIONS.find((m) => m.name === 'RetentionTimes1766000000000');
    const migration = new Migration!() as MigrationInterface;
    const runner = test.db.createQueryRunner();
    const base = Date.now();
    const at = (daysAgo: number) => new Date(base - daysAgo * DAY);
    try {
      await migration.down(runner);
      expect(await columns('help_request')).toEqual([]);
      expect(await columns('person')).toEqual([]);
      // The history as an older database holds it: each closing on its own day, and for the done
      // request an older event to the same status that must not be the one chosen.
      for (const [id, status, daysAgo] of [
        [done.id, 'DONE', 12],
        [cancelled.id, 'CANCELLED', 20],
        [expired.id, 'EXPIRED', 40],
      ] as const) {
        await runner.query(`UPDATE help_request_event SET at = $3 WHERE help_request_id = $1 AND to_status = $2`, [id, status, at(daysAgo)]);
      }
      await runner.query(
        `INSERT INTO help_request_event (help_request_id, kind, from_status, to_status, at) VALUES ($1, 'COMPLETED', 'ASSIGNED', 'DONE', $2)`,
        [done.id, at(30)],
      );
      await runner.query(`DELETE FROM help_request_event WHERE help_request_id = $1 AND to_status = 'CANCELLED'`, [noEvent.id]);
      await runner.query(`UPDATE help_request SET updated_at = $2 WHERE id = $1`, [noEvent.id, at(50)]);
      await runner.query(`UPDATE person SET created_at = $2 WHERE id = $1`, [resident.id, at(800)]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }

    const rows: { id: string; closed_at: Date | null }[] = await test.db.query(`SELECT id, closed_at FROM help_request WHERE requester_id = $1`, [resident.id]);
    const closedAt = new Map(rows.map((r) => [r.id, r.closed_at?.getTime() ?? null]));
    expect(closedAt.get(done.id)).toBe(at(12).getTime());
    expect(closedAt.get(cancelled.id)).toBe(at(20).getTime());
    expect(closedAt.get(expired.id)).toBe(at(40).getTime());
    expect(closedAt.get(noEvent.id)).toBe(at(50).getTime());
    expect(closedAt.get(assigned.id)).toBeNull();
    expect(closedAt.get(open.id)).toBeNull();

    const people: { id: string; created_at: Date; last_active_at: Date; inactivity_notice_at: Date | null }[] = await test.db.query(
      `SELECT id, created_at, last_active_at, inactivity_notice_at FROM person WHERE id = ANY($1::uuid[])`,
      [[resident.id, volunteer.id]],
    );
    for (const person of people) {
      expect(person.last_active_at).toEqual(person.created_at);
      expect(person.inactivity_notice_at).toBeNull();
    }
    expect(people.find((p) => p.id === resident.id)?.last_active_at).toEqual(at(800));

    // Someone signing up afterwards is active from then on.
    const newcomer = await signUp(test.api);
    const [row] = await test.db.query(`SELECT last_active_at FROM person WHERE id = $1`, [newcomer.id]);
    expect(Math.abs((row.last_active_at as Date).getTime() - Date.now())).toBeLessThan(60_000);

    const indexes: { indexname: string }[] = await test.db.query(
      `SELECT indexname FROM pg_indexes WHERE indexname IN ('help_request_exact_closed_idx', 'person_inactivity_notice_idx', 'outbox_email_sent_idx') ORDER BY 1`,
    );
    expect(indexes.map((i) => i.indexname)).toEqual(['help_request_exact_closed_idx', 'outbox_email_sent_idx', 'person_inactivity_notice_idx']);
  });
});
