// CI's bundle-size check: the gzipped JavaScript a first visit of each admin route downloads, read
// from Vite's build manifest, against its limit; each route also has a goal, printed beside it.
//   node tools/ci/bundle-size.mjs          judges dist/admin (after `npm run build:admin`)
//   node tools/ci/bundle-size.mjs <dir>    judges another build's output folder
// The log-in page is the entry chunk with everything it imports statically: the app shows it in
// place of any page to whoever is signed out. A route adds its page's chunk, which the router
// imports dynamically (lazyPage and ./pages in apps/admin/src), with that chunk's static imports.
// What a page loads later on its own (a map once it is shown) is printed beside it, not counted.
// A page's French texts beyond the base come with its code (lazyPage's groups in apps/admin/src/router.tsx,
// found in their files through libs/admin/i18n/src/page-texts.ts): they are counted with it.
// Exit 1 above a limit, or when a limit or goal names a page the build has not got.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const KB = 1000;
export const LOG_IN = 'log-in';
/** Where each route should be, in bytes of gzipped JavaScript; a route not named here, DEFAULT_GOAL. */
export const GOALS = { [LOG_IN]: 200 * KB, feed: 200 * KB };
export const DEFAULT_GOAL = 350 * KB;
/**
 * Above these the check fails. Log-in and the feed weigh 158 kB and 175 kB since charts, H3, English
 * and each page's texts load on demand and the app runs on Preact; every other page 160–235 kB
 * (docs/admin-weight.md). The limits leave about 10 kB of room for a feature, under the goals, so
 * that nothing grows back unnoticed; lower them as the pages come down.
 */
export const LIMITS = { [LOG_IN]: 170 * KB, feed: 185 * KB };
export const DEFAULT_LIMIT = 250 * KB;

/** Keys of the manifest's chunks reachable from `start` through `imports` (static imports only). */
function staticClosure(manifest, start) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit(start);
  return seen;
}

const TEXTS = 'libs/admin/i18n/src/locales/';
const isTexts = (key) => key.includes(TEXTS);

/** Names inside a source's `[ ... ]`: quoted groups, and the groups of `...CONSTANT`s declared in it. */
function groupsIn(list, source) {
  return [...list.matchAll(/'(\w+)'|\.\.\.(\w+)/g)].flatMap(([, group, constant]) => {
    if (group) return [group];
    const declared = new RegExp(`const ${constant}\\b[^=]*= \\[([^\\]]*)\\]`).exec(source);
    if (!declared) throw new Error(`router.tsx: no list named ${constant}`);
    return groupsIn(declared[1], source);
  });
}

/**
 * The French text files each page loads with its code, by page: read from the router's lazyPage lines
 * and the files page-texts.ts puts each group in (French being what a first visit gets).
 * @returns {Record<string, string[]>} page name (its module in ./pages) to paths under the repository
 */
export function pageTextFiles(repo) {
  const router = readFileSync(path.join(repo, 'apps/admin/src/router.tsx'), 'utf8');
  const parts = readFileSync(path.join(repo, 'libs/admin/i18n/src/page-texts.ts'), 'utf8');
  const fileOfPart = Object.fromEntries([...parts.matchAll(/^const (\w+): Part = \{ file: '([\w-]+)'/gm)].map(([, part, file]) => [part, file]));
  const table = /PART_FILES[^{]*\{([^}]*)\}/.exec(parts)?.[1] ?? '';
  const fileOfGroup = Object.fromEntries([...table.matchAll(/^\s*(\w+): (\w+),/gm)].map(([, group, part]) => [group, fileOfPart[part]]));
  const pages = {};
  for (const [, page, list] of router.matchAll(/lazyPage\(\(\) => import\('\.\/pages\/([\w-]+)'\), \[([^\]]*)\]\)/g)) {
    const files = new Set(groupsIn(list, router).map((group) => fileOfGroup[group]).filter(Boolean));
    pages[page] = [...files].map((file) => `${TEXTS}fr-${file}.ts`);
  }
  return pages;
}

function weigh(manifest, keys, sizeOf) {
  let bytes = 0;
  for (const key of keys) if (manifest[key].file.endsWith('.js')) bytes += sizeOf(manifest[key].file);
  return bytes;
}

/**
 * Each route's weight, log-in first, then the pages by name.
 * @param manifest Vite's .vite/manifest.json, parsed
 * @param sizeOf the gzipped size of an output file, by its path in the manifest
 * @param textFiles the text files each page loads with its code, by page name (pageTextFiles)
 * @returns {{ route: string, bytes: number, onDemand: number }[]}
 */
export function routeWeights(manifest, sizeOf, textFiles = {}) {
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk in the manifest, found ${entries.length}`);
  const [entry] = entries;
  const base = staticClosure(manifest, entry);
  const weights = [{ route: LOG_IN, bytes: weigh(manifest, base, sizeOf), onDemand: 0 }];
  // The entry also fetches texts (English's base, the pages' groups): not routes.
  const pages = [...(manifest[entry].dynamicImports ?? [])].filter((key) => !isTexts(key)).sort((a, b) => manifest[a].name.localeCompare(manifest[b].name));
  const textKey = (file) => Object.keys(manifest).find((key) => key.endsWith(file));
  for (const page of pages) {
    const texts = (textFiles[manifest[page].name] ?? []).map(textKey).filter(Boolean);
    const own = [...new Set([page, ...texts].flatMap((start) => [...staticClosure(manifest, start)]))].filter((key) => !base.has(key));
    const loaded = new Set([...base, ...own]);
    const later = new Set();
    for (const key of own) {
      for (const lazy of manifest[key].dynamicImports ?? []) {
        for (const reached of staticClosure(manifest, lazy)) if (!loaded.has(reached)) later.add(reached);
      }
    }
    weights.push({ route: manifest[page].name, bytes: weigh(manifest, loaded, sizeOf), onDemand: weigh(manifest, later, sizeOf) });
  }
  return weights;
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;

/** @returns {{ verdict: 'pass' | 'fail', lines: string[] }} */
export function judge(weights, { limits = LIMITS, goals = GOALS, defaultLimit = DEFAULT_LIMIT, defaultGoal = DEFAULT_GOAL } = {}) {
  const lines = ['Gzipped JavaScript of a first visit, per route (limit; goal):'];
  let failed = false;
  for (const { route, bytes, onDemand } of weights) {
    const limit = limits[route] ?? defaultLimit;
    const goal = goals[route] ?? defaultGoal;
    const over = bytes > limit;
    failed ||= over;
    const mark = over ? 'OVER' : bytes > goal ? 'goal' : 'ok  ';
    const later = onDemand ? `, then ${kb(onDemand)} on demand` : '';
    lines.push(`  ${mark} ${route.padEnd(24)} ${kb(bytes).padStart(9)} (${kb(limit)}; ${kb(goal)})${later}`);
  }
  for (const route of new Set([...Object.keys(limits), ...Object.keys(goals)])) {
    if (!weights.some((weight) => weight.route === route)) {
      failed = true;
      lines.push(`  "${route}" names no page of the build: was its module in apps/admin/src/pages renamed?`);
    }
  }
  if (failed) lines.push('Above a limit: load the heavy part lazily (see lazyPage in apps/admin/src) or split it off the entry.');
  return { verdict: failed ? 'fail' : 'pass', lines };
}

export function gzippedSize(dir) {
  return (file) => gzipSync(readFileSync(path.join(dir, file))).length;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = path.resolve(process.argv[2] ?? 'dist/admin');
  const manifest = JSON.parse(readFileSync(path.join(dir, '.vite/manifest.json'), 'utf8'));
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const { verdict, lines } = judge(routeWeights(manifest, gzippedSize(dir), pageTextFiles(repo)));
  (verdict === 'pass' ? console.log : console.error)(lines.join('\n'));
  process.exitCode = verdict === 'fail' ? 1 : 0;
}
