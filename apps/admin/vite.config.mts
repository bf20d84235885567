import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const appRoot = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(appRoot, '../..');

// One source of truth for the @relais/* paths: the ones TypeScript and Jest already use.
const tsconfig = JSON.parse(readFileSync(path.join(repoRoot, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const alias = Object.entries(tsconfig.compilerOptions.paths).map(([find, [target]]) => ({
  find,
  replacement: path.join(repoRoot, target ?? ''),
}));

const api = 'http://localhost:3000';

// The app runs on Preact's React compatibility layer: React DOM alone weighed 62 kB of the 235 kB of
// gzipped JavaScript the log-in page downloaded, Preact 4 kB. Code and types stay written for React;
// every end-to-end test drives this build. Removing these lines puts React back.
const preact = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
];

export default defineConfig({
  root: appRoot,
  plugins: [react()],
  resolve: { alias: [...preact, ...alias] },
  // Apollo Client keeps its development checks and warnings behind this flag; a build without it ships them.
  define: { 'globalThis.__DEV__': 'false' },
  build: {
    outDir: path.join(repoRoot, 'dist/admin'),
    emptyOutDir: true,
    sourcemap: true,
    // tools/ci/bundle-size.mjs reads it to weigh each route's JavaScript.
    manifest: true,
    rolldownOptions: {
      // No codeSplitting groups: a group takes in what its modules import (the charts group took half
      // of Mantine) and reaches through a library's index to all of it, so the log-in page loaded
      // charts and H3. Rolldown's own chunks give each page what it uses.
      // The libraries under libs/ declare components, hooks and functions; none acts on being imported.
      // Said here, an index that re-exports a page no longer holds that page, with its maps, charts or
      // H3, in the first download of everyone who uses another of its exports.
      treeshake: { moduleSideEffects: [{ test: /(^|[\\/])libs[\\/](admin|domain)[\\/][a-z-]+[\\/]src[\\/].*\.tsx?$/, sideEffects: false }] },
    },
  },
  server: {
    port: 4200,
    // ws: subscriptions (graphql-ws) share the /graphql path with plain requests.
    proxy: { '/graphql': { target: api, ws: true }, '/healthz': api },
  },
});
