import type { ChildProcess } from 'node:child_process';
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { freePort } from './free-port';

const ROOT = path.resolve(__dirname, '../../../..');

export interface ApiProcess {
  url: string;
  /** The exit code or signal, once the process has ended; null while it runs. */
  exit(): string | null;
  /** What it wrote to stdout and stderr (the last 200 kB). */
  output(): string;
  /** Every line it wrote that matched `watchFor` (up to 50). */
  alarms(): string[];
  stop(): Promise<void>;
}

/**
 * Bundles the API from the sources as `npm run build:api` does, into a folder of its own under
 * dist/ (so that its packages resolve from the repository's node_modules), and removes it when
 * done: the process under test is always the code as it is now, whether or not a build ran.
 */
export async function buildApi(): Promise<{ main: string; remove(): Promise<void> }> {
  await mkdir(path.join(ROOT, 'dist'), { recursive: true });
  const dir = await mkdtemp(path.join(ROOT, 'dist', 'test-api-'));
  await promisify(execFile)(process.execPath, [path.join(ROOT, 'tools/build/build-api.mjs'), `--outdir=${dir}`], { cwd: ROOT, timeout: 120_000 });
  return { main: path.join(dir, 'main.js'), remove: () => rm(dir, { recursive: true, force: true }) };
}

/** What the process takes from ours: none of the API's own settings (an SMTP_URL in the shell would send real mail). */
function inherited(): Record<string, string> {
  const names = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ'];
  return Object.fromEntries(names.flatMap((name) => (process.env[name] === undefined ? [] : [[name, process.env[name] as string]])));
}

/**
 * Runs the built API in a process of its own, as `npm start` and the image do, so that what would
 * end a real server (an unhandled rejection, an uncaught error) ends this one: under Jest it would
 * be swallowed. Resolves once /healthz answers 200.
 */
export async function startApiProcess(main: string, env: Record<string, string>, watchFor = /unhandled/i, readyWithinMs = 120_000): Promise<ApiProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const alarms: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', main], {
    cwd: ROOT,
    env: { ...inherited(), NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex'), ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Lines are watched as they come, so that one far back in a long run is not missed.
  const collect = () => {
    let partial = '';
    return (chunk: Buffer) => {
      const text = chunk.toString();
      output = (output + text).slice(-200_000);
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (watchFor.test(line) && alarms.length < 50) alarms.push(line);
    };
  };
  child.stdout?.on('data', collect());
  child.stderr?.on('data', collect());
  const exit = () => (child.exitCode !== null ? `code ${child.exitCode}` : child.signalCode);
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (exit() !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await ended;
    clearTimeout(timer);
  };

  const deadline = Date.now() + readyWithinMs;
  for (;;) {
    if (exit() !== null) throw new Error(`the API exited (${exit()}) before it was ready:\n${output}`);
    const status = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the API was not healthy within ${readyWithinMs / 1000} s:\n${output}`);
    }
    await sleep(250);
  }
  return { url, exit, output: () => output, alarms: () => alarms, stop };
}
