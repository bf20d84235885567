import { loadConfig } from '@relais/server-shared';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '@relais/server-database';
import type { TestDatabase } from '@relais/server-database';
import { boot } from '../src/boot';
import { ERASED_PERSON_ID } from '@relais/server-people';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo/demo-city';
import { GraphQLClient } from './support/graphql-client';
import { expectPlausibleDemo } from './support/demo-city-checks';
import { LOG_IN } from './support/people-fixtures';

// People: not the erased-person placeholder, which every database has from its migrations on.
const COUNTS = `SELECT (SELECT count(*) FROM neighbourhood) AS neighbourhoods, (SELECT count(*) FROM person WHERE id <> '${ERASED_PERSON_ID}') AS people`;
const ARCHIVES_LEADERS = `
  SELECT p.display_name AS name, s.rank, s.score FROM leader_score s
  JOIN person p ON p.id = s.person_id JOIN neighbourhood n ON n.id = s.neighbourhood_id
  WHERE n.name = 'Archives' ORDER BY s.rank LIMIT 5`;

describe('boot', () => {
  let dataDir: string;
  const databases: TestDatabase[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'relais-boot-'));
  });
  afterAll(async () => {
    for (const database of databases) await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function start(env: Record<string, string>) {
    const database = await createTestDatabase();
    databases.push(database);
    const config = loadConfig({ ...env, DATABASE_URL: database.url, PORT: '3999' }, dataDir);
    return { config: { ...config, port: 0 }, database };
  }

  it('loads the demo city on an empty database once, and creates the admin', async () => {
    const { config } = await start({ ADMIN_EMAIL: 'Chef@Relais.example', ADMIN_PASSWORD: 'a long admin password' });
    const first = await boot(config, () => undefined, true);
    const counts = await first.database.dataSource.query(COUNTS);
    expect(counts[0]).toEqual({ neighbourhoods: '80', people: expect.any(String) });
    expect(Number(counts[0].people)).toBeGreaterThan(300);
    const port = (first.app.getHttpServer().address() as { port: number }).port;
    const api = new GraphQLClient(`http://127.0.0.1:${port}/graphql`);
    const admin = await api.ok<{ logIn: { person: { roles: string[] } } }>(LOG_IN, { email: 'chef@relais.example', password: 'a long admin password' });
    expect(admin.logIn.person.roles).toEqual(['ADMIN']);
    const demo = await api.ok<{ logIn: { token: string } }>(LOG_IN, { email: DEMO_ACCOUNTS.organiser, password: DEMO_PASSWORD });
    const me = await api.ok<{ me: { organiserOf: { name: string }[] } }>(`{ me { organiserOf { name } } }`, {}, demo.logIn.token);
    expect(me.me.organiserOf).toHaveLength(4);
    // Help given in the past (and by those who came through relay links), needs open in the
    // organiser's quartiers, and no made-up mail to send.
    const [help] = await first.database.dataSource.query(`
      SELECT count(*) FILTER (WHERE status = 'DONE' AND NOT EXISTS (
               SELECT 1 FROM person p WHERE p.relay_task_id IS NOT NULL AND p.id IN (h.requester_id, h.assignee_id)))::int AS done,
             count(*) FILTER (WHERE status = 'OPEN' AND neighbourhood_id IN (SELECT neighbourhood_id FROM organiser_scope))::int AS open,
             (SELECT count(*)::int FROM thanks) AS thanks,
             (SELECT count(*)::int FROM outbox_email) AS mails
      FROM help_request h`);
    expect(help.done).toBe(150);
    expect(help.open).toBeGreaterThan(4);
    expect(help.thanks).toBeGreaterThan(100);
    expect(help.mails).toBe(0);
    await expectPlausibleDemo(first.database.dataSource);
    await first.stop();

    const second = await boot(config, () => undefined, true);
    expect(await second.database.dataSource.query(COUNTS)).toEqual(counts);
    await second.stop();
  });

  it('loads the same demo city on every empty database: the same leaders, with the same scores', async () => {
    const leaders = [];
    for (let load = 0; load < 2; load++) {
      const { config } = await start({ ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: 'another long password' });
      const booted = await boot(config, () => undefined, true);
      leaders.push(await booted.database.dataSource.query(ARCHIVES_LEADERS));
      await booted.stop();
    }
    const [first, second] = leaders as { name: string; rank: number; score: number }[][];
    expect(first).toHaveLength(5);
    expect(second!.map((l) => [l.rank, l.name])).toEqual(first!.map((l) => [l.rank, l.name]));
    // Loaded seconds apart, so decay moves the scores by far less than this.
    second!.forEach((l, i) => expect(l.score).toBeCloseTo(first![i]!.score, 4));
  });

  it('starts empty with DEMO_DATA=false, with just the admin', async () => {
    const { config } = await start({ DEMO_DATA: 'false', ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: 'another long password' });
    const booted = await boot(config, () => undefined, true);
    expect(await booted.database.dataSource.query(COUNTS)).toEqual([{ neighbourhoods: '0', people: '1' }]);
    const health = await fetch(`http://127.0.0.1:${(booted.app.getHttpServer().address() as { port: number }).port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });
    await booted.stop();
  });
});
