import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * Runs `bench.js <args>` in a fresh process (with `nodeFlags` for Node itself), so that its peak memory is its own, and resolves
 * with the JSON its last line of output holds.
 */
export function jsonFromChild<T>(repoRoot: string, databaseUrl: string, args: readonly string[], what: string, nodeFlags: readonly string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, path.join(repoRoot, 'dist/api/bench.js'), ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as T);
      else reject(new Error(`the ${what} process exited with code ${code}: ${out}`));
    });
  });
}
