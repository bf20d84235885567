import { MIGRATIONS } from '@relais/server-database';
import type { MigrationInterface } from 'typeorm';
import { importParis } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const NAMES = `SELECT name FROM neighbourhood WHERE city = 'Paris' ORDER BY code`;

/** Quartiers imported under their published names take their French names; the others keep theirs. */
describe('quartier names migration', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp();
    // The 3rd, 7th and 17th: Arts-et-Métiers, École-Militaire, Épinettes, and names already right.
    await importParis(test, [3, 7, 17]);
  });
  afterAll(() => test.close());

  const names = async (): Promise<string[]> => (await test.db.query(NAMES)).map((row: { name: string }) => row.name);

  it('renames those imported before the map, keeps the rest and their ids, and goes down cleanly', async () => {
    const french = await names();
    expect(french).toEqual([
      'Arts-et-Métiers', 'Enfants-Rouges', 'Archives', 'Sainte-Avoie',
      "Saint-Thomas-d'Aquin", 'Invalides', 'École-Militaire', 'Gros-Caillou',
      'Ternes', 'Plaine-de-Monceaux', 'Batignolles', 'Épinettes',
    ]);
    const ids = await test.db.query(`SELECT id FROM neighbourhood ORDER BY code`);
    const Migration = MIGRATIONS.find((m) => m.name === 'QuartierFrenchNames1767147000000');
    const migration = new Migration!() as MigrationInterface;
    const runner = test.db.createQueryRunner();
    try {
      await migration.down(runner);
      // As an import before the map stored them.
      expect(await names()).toEqual([
        'Arts-et-Metiers', 'Enfants-Rouges', 'Archives', 'Sainte-Avoie',
        "Saint-Thomas-d'Aquin", 'Invalides', 'Ecole-Militaire', 'Gros-Caillou',
        'Ternes', 'Plaine de Monceaux', 'Batignolles', 'Epinettes',
      ]);
      await migration.up(runner);
      expect(await names()).toEqual(french);
      expect(await test.db.query(`SELECT id FROM neighbourhood ORDER BY code`)).toEqual(ids);
    } finally {
      await runner.release();
    }
  });

  it('leaves a published name alone when its French name is taken in the city', async () => {
    await test.db.query(`UPDATE neighbourhood SET name = 'Epinettes' WHERE name = 'Épinettes'`);
    await test.db.query(`UPDATE neighbourhood SET name = 'Épinettes' WHERE name = 'Batignolles'`);
    const Migration = MIGRATIONS.find((m) => m.name === 'QuartierFrenchNames1767147000000');
    const runner = test.db.createQueryRunner();
    try {
      await (new Migration!() as MigrationInterface).up(runner);
      expect(await names()).toContain('Epinettes');
    } finally {
      await runner.release();
    }
  });
});
