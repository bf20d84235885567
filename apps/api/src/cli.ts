import 'reflect-metadata';
import { NeighbourhoodsService, importFeatureCollection } from '@relais/server-neighbourhoods';
import { ConfigError, loadConfig } from '@relais/server-shared';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createApp } from './create-app';
import { openDatabase } from './database-connection';
import { defaultNeighbourhoodsFile } from './demo/demo-city';
import { findRepoRoot } from './repo-root';
import { BENCH_ADMIN, loadSyntheticCity } from './seed/synthetic-city';
import { SYNTHETIC_PASSWORD } from './seed/synthetic-people';
import { SCHEMA_FILE, buildSchemaFromCode, printSortedSchema } from './schema/emit-schema';

const USAGE = `usage:
  migrate                                   apply pending migrations
  import-neighbourhoods <file.geojson> [--city <name>]
                                            import a FeatureCollection of neighbourhoods
  emit-schema                               write ${SCHEMA_FILE} from the code
  seed-synthetic [--residents N] [--volunteers N] [--open-requests N] [--history N] [--assigned N] [--seed N] [--replace]
                                            load a reproducible synthetic city on the Paris quartiers`;

/** `--name value` flags as whole numbers, with defaults; anything else is a usage error. */
function numberFlags(args: string[], defaults: Record<string, number>): Record<string, number> {
  const values = { ...defaults };
  for (let i = 0; i < args.length; i++) {
    const name = args[i]?.replace(/^--/, '') ?? '';
    if (name === 'replace') continue;
    const value = Number(args[i + 1]);
    if (!(name in defaults) || !Number.isInteger(value) || value < 0) throw new Error(`bad option ${args[i]} ${args[i + 1] ?? ''}\n${USAGE}`);
    values[name] = value;
    i++;
  }
  return values;
}

async function withDatabase<T>(work: (open: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env, path.resolve(process.env['RELAIS_DATA_DIR'] ?? '.data'));
  const database = await openDatabase(config, console.log);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

async function main(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  switch (command) {
    case 'migrate':
      await withDatabase(async () => console.log('The database is up to date.'));
      return;
    case 'import-neighbourhoods': {
      const file = rest[0];
      if (!file) throw new Error(USAGE);
      const cityFlag = rest.indexOf('--city');
      const city = cityFlag >= 0 ? rest[cityFlag + 1] : undefined;
      const collection = JSON.parse(await readFile(file, 'utf8'));
      await withDatabase(async ({ dataSource }) => {
        const app = await createApp({ dataSource, jwtSecret: 'cli-does-not-sign-tokens-xxxxxxxxxxxx', quiet: true });
        const result = await importFeatureCollection(app.get(NeighbourhoodsService), collection, city);
        await app.close();
        console.log(`Imported ${result.created}, skipped ${result.skipped} already present, ${result.failed.length} failed.`);
        for (const failure of result.failed) console.log(`  ${failure.name}: ${failure.reason}`);
        if (result.failed.length) process.exitCode = 1;
      });
      return;
    }
    case 'emit-schema': {
      const target = path.join(findRepoRoot(), SCHEMA_FILE);
      await writeFile(target, printSortedSchema(await buildSchemaFromCode()));
      console.log(`Wrote ${target}`);
      return;
    }
    case 'seed-synthetic': {
      const flags = numberFlags(rest, { residents: 100_000, volunteers: 20_000, 'open-requests': 5_000, history: 200_000, assigned: 3_000, seed: 42 });
      await withDatabase(async ({ dataSource }) => {
        const app = await createApp({ dataSource, jwtSecret: 'cli-does-not-sign-tokens-xxxxxxxxxxxx', quiet: true });
        console.log('Loading the synthetic city…');
        const started = Date.now();
        await loadSyntheticCity(app, dataSource, {
          residents: flags['residents'] as number,
          volunteers: flags['volunteers'] as number,
          openRequests: flags['open-requests'] as number,
          history: flags['history'] as number,
          assigned: flags['assigned'] as number,
          seed: flags['seed'] as number,
          replace: rest.includes('--replace'),
          neighbourhoodsFile: defaultNeighbourhoodsFile(findRepoRoot()),
        }, console.log);
        await app.close();
        console.log(`Synthetic city loaded in ${((Date.now() - started) / 1000).toFixed(1)} s. Log in as ${BENCH_ADMIN} (password "${SYNTHETIC_PASSWORD}").`);
      });
      return;
    }
    default:
      throw new Error(USAGE);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
