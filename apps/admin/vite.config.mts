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

export default defineConfig({
  root: appRoot,
  plugins: [react()],
  resolve: { alias },
  build: {
    outDir: path.join(repoRoot, 'dist/admin'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/](@mantine[\\/](?:core|hooks)|@floating-ui|react-remove-scroll|react-number-format|react-textarea-autosize|clsx|tslib|use-callback-ref|use-sidecar|get-nonce|detect-node-es|react-style-singleton)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|graphql-ws|@wry|optimism|zen-observable|ts-invariant|symbol-observable|rehackt|@graphql-typed-document-node)[\\/]/ },
            { name: 'h3', test: /node_modules[\\/]h3-js[\\/]/ },
            { name: 'charts', test: /node_modules[\\/](@mantine[\\/]charts|recharts|d3-[a-z-]+|victory-vendor|internmap|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant|@reduxjs|redux|redux-thunk|react-redux|reselect|immer|@standard-schema)[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements|use-sync-external-store)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 4200,
    // ws: subscriptions (graphql-ws) share the /graphql path with plain requests.
    proxy: { '/graphql': { target: api, ws: true }, '/healthz': api },
  },
});
