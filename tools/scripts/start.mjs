// `npm start`: build what is missing or stale, then run the API, which serves the admin app.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

// The admin build takes a while; redo it only when its sources changed since the last one.
const adminIndex = path.join(root, 'dist/admin/index.html');
const adminSources = [path.join(root, 'apps/admin'), path.join(root, 'libs/admin')];
if (!existsSync(adminIndex) || Math.max(...adminSources.map(newestChange)) > statSync(adminIndex).mtimeMs) {
  console.log('Building the admin app…');
  const built = spawnSync(npm, ['run', '--silent', 'build:admin'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const api = spawnSync(process.execPath, [path.join(root, 'tools/build/build-api.mjs')], { cwd: root, stdio: 'inherit' });
if (api.status !== 0) process.exit(api.status ?? 1);

const server = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'dist/api/main.js')], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
