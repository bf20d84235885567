import 'reflect-metadata';
import { NeighbourhoodsService, importFeatureCollection } from '@relais/server-neighbourhoods';
import { ConfigError, loadConfig } from '@relais/server-shared';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createApp } from './create-app';
import { openDatabase } from './database-connection';
import { findRepoRoot } from './repo-root';
import { SCHEMA_FILE, buildSchemaFromCode, printSortedSchema } from './schema/emit-schema';

const USAGE = `usage:
  migrate                                   apply pending migrations
  import-neighbourhoods <file.geojson> [--city <name>]
                                            import a FeatureCollection of neighbourhoods
  emit-schema                               write ${SCHEMA_FILE} from the code`;

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
    default:
      throw new Error(USAGE);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
