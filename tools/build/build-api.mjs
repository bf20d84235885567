// Bundles the API and its CLI into dist/api with esbuild. esbuild cannot emit decorator
// metadata, which NestJS and TypeORM read, so TypeScript files go through SWC first.
import { transformFile } from '@swc/core';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const swcrc = JSON.parse(readFileSync(path.join(root, '.swcrc.json'), 'utf8'));
delete swcrc.$schema;
swcrc.module = { type: 'es6', ignoreDynamic: true };
swcrc.sourceMaps = true;

const swcPlugin = {
  name: 'swc-decorators',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      const { code, map } = await transformFile(args.path, { ...swcrc, filename: args.path, swcrc: false });
      const inlineMap = `\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(map).toString('base64')}`;
      return { contents: code + inlineMap, loader: 'js' };
    });
  },
};

// `--outdir=<folder>`: a build of its own (a test's), leaving dist/api alone.
const outdir = process.argv.find((arg) => arg.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist/api';
const started = Date.now();
await build({
  absWorkingDir: root,
  entryPoints: { main: 'apps/api/src/main.ts', cli: 'apps/api/src/cli.ts', bench: 'apps/api/src/bench/bench.ts', 'digest-worker': 'apps/api/src/digest-worker.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // node_modules stay external: the image installs production dependencies beside the bundle.
  packages: 'external',
  tsconfig: 'tsconfig.base.json',
  plugins: [swcPlugin],
  logLevel: 'warning',
});
console.log(`API built in ${Date.now() - started} ms → ${outdir}`);
