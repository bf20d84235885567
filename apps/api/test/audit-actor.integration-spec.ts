import { MIGRATIONS } from '@relais/server-database';
import type { MigrationInterface } from 'typeorm';
import { GET, makeOrganiser, postRequest } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { signUp } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

interface AuditRow {
  actor_id: string | null;
  actor_ref: string | null;
}

/** An audit trail outlives its actors: an erased person leaves a pseudonym, not a name, on what they did. */
describe('audit log: a pseudonymous actor', () => {
  let test: TestApp;
  let organiser: SignedUp;
  let colleague: SignedUp;
  let resident: SignedUp;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
    const ids = await neighbourhoodIdsByName(test);
    organiser = await makeOrganiser(test.api, test.db, [ids['Enfants-Rouges'] as string]);
    colleague = await makeOrganiser(test.api, test.db, [ids['Enfants-Rouges'] as string]);
    resident = await signUp(test.api);
  });
  afterAll(() => test.close());

  const auditOf = async (subjectIds: string[]): Promise<AuditRow[]> =>
    test.db.query(`SELECT actor_id, actor_ref FROM audit_log WHERE subject_id = ANY($1) ORDER BY id`, [subjectIds]);

  it('keeps the same pseudonym on an erased organiser’s address reads, and nothing that leads back to them', async () => {
    const first = await postRequest(test.api, resident.token);
    const second = await postRequest(test.api, resident.token);
    for (const [reader, request] of [[organiser, first], [colleague, first], [organiser, second]] as const) {
      await test.api.ok(GET, { id: request.id }, reader.token);
    }
    const before = await auditOf([first.id, second.id]);
    expect(before.map((r) => r.actor_id)).toEqual([organiser.id, colleague.id, organiser.id]);
    const [mine, theirs, mineAgain] = before.map((r) => r.actor_ref);
    expect(mine).toEqual(expect.any(String));
    expect(mineAgain).toBe(mine);
    expect(theirs).not.toBe(mine);
    expect(mine).not.toBe(organiser.id);

    // Erasure deletes the person row, as this does.
    await test.db.query(`DELETE FROM person WHERE id = $1`, [organiser.id]);

    const after = await auditOf([first.id, second.id]);
    expect(after).toEqual([
      { actor_id: null, actor_ref: mine },
      { actor_id: colleague.id, actor_ref: theirs },
      { actor_id: null, actor_ref: mine },
    ]);
    const leads = await test.db.query(`SELECT count(*)::int AS n FROM person WHERE audit_pseudonym = $1 OR id = $1`, [mine]);
    expect(leads).toEqual([{ n: 0 }]);
  });

  it('gives entries written before the migration their actor’s pseudonym, and none to an actor already gone', async () => {
    const Pseudonym = MIGRATIONS.find((m) => m.name === 'AuditActorPseudonym1765500000000');
    const migration = new Pseudonym!() as MigrationInterface;
    const runner = test.db.createQueryRunner();
    try {
      await migration.down(runner);
      await test.db.query(
        `INSERT INTO audit_log (actor_id, action, subject_type, subject_id) VALUES
           ($1, 'READ_ADDRESS', 'help_request', 'before-1'), (NULL, 'READ_ADDRESS', 'help_request', 'before-2')`,
        [colleague.id],
      );
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const [pseudonym] = await test.db.query(`SELECT audit_pseudonym FROM person WHERE id = $1`, [colleague.id]);
    expect(await auditOf(['before-1', 'before-2'])).toEqual([
      { actor_id: colleague.id, actor_ref: pseudonym.audit_pseudonym },
      { actor_id: null, actor_ref: null },
    ]);
  });
});
