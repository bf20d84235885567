// `npm run db:migrate` and friends: build the API bundle, then run its CLI with the given arguments.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
const built = run([path.join(root, 'tools/build/build-api.mjs')]);
if (built !== 0) process.exit(built);
process.exit(run(['--enable-source-maps', path.join(root, 'dist/api/cli.js'), ...process.argv.slice(2)]));
