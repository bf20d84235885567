import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

const SCRIPT = path.join(__dirname, 'bundle-size.mjs');

interface FakeChunk {
  kb: number;
  name: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

/** A build folder whose chunks are random bytes (gzip cannot shrink them) of the given sizes in kB. */
function build(dir: string, chunks: Record<string, FakeChunk>) {
  mkdirSync(path.join(dir, '.vite'), { recursive: true });
  mkdirSync(path.join(dir, 'assets'), { recursive: true });
  const manifest: Record<string, unknown> = {};
  for (const [key, { kb, ...chunk }] of Object.entries(chunks)) {
    const file = `assets/${chunk.name}.js`;
    writeFileSync(path.join(dir, file), randomBytes(kb * 1000));
    manifest[key] = { file, ...chunk };
  }
  writeFileSync(path.join(dir, '.vite/manifest.json'), JSON.stringify(manifest));
}

function check(dir: string) {
  const run = spawnSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout + run.stderr };
}

/** The weight the script prints for a route, in kB. */
function weight(out: string, route: string): number {
  const line = out.split('\n').find((row) => row.slice(7).trimStart().startsWith(`${route} `));
  if (!line) throw new Error(`no line for ${route} in:\n${out}`);
  return Number(/([\d.]+) kB \(/.exec(line)?.[1]);
}

describe('CI bundle-size check', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'relais-bundle-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const pages = (feedKb: number): Record<string, FakeChunk> => ({
    'index.html': { name: 'index', kb: 100, isEntry: true, imports: ['_vendor.js'], dynamicImports: ['src/pages/feed.ts', 'src/pages/queue.ts', 'src/pages/leader-person.ts', 'src/pages/neighbourhood-leaders.ts', 'src/pages/request.ts'] },
    '_vendor.js': { name: 'vendor', kb: 50 },
    'src/pages/feed.ts': { name: 'feed', kb: feedKb, imports: ['_vendor.js', '_shared.js'] },
    'src/pages/queue.ts': { name: 'queue', kb: 10, imports: ['_shared.js'], dynamicImports: ['_map.js'] },
    'src/pages/leader-person.ts': { name: 'leader-person', kb: 1 },
    'src/pages/neighbourhood-leaders.ts': { name: 'neighbourhood-leaders', kb: 1 },
    'src/pages/request.ts': { name: 'request', kb: 1 },
    '_shared.js': { name: 'shared', kb: 20 },
    '_map.js': { name: 'map', kb: 200 },
  });

  it("weighs the log-in page as the entry with its static imports, and a route as those plus its page's own chunks, each counted once", () => {
    build(dir, pages(5));
    const { code, out } = check(dir);
    expect(code).toBe(0);
    expect(weight(out, 'log-in')).toBeCloseTo(150, 0);
    // The vendor chunk the feed also imports is already loaded: counted once.
    expect(weight(out, 'feed')).toBeCloseTo(175, 0);
    // What the queue loads on demand (its map) is said, not counted.
    expect(weight(out, 'queue')).toBeCloseTo(180, 0);
    expect(out).toMatch(/queue .*then 200\.\d kB on demand/);
  });

  it("counts with a page the French texts the router names for it, and lists no text file as a route", () => {
    const withTexts = pages(2);
    const texts = '../../libs/admin/i18n/src/locales/fr-volunteering.ts';
    withTexts['index.html']?.dynamicImports?.push(texts);
    withTexts[texts] = { name: 'fr-volunteering', kb: 3 };
    build(dir, withTexts);
    const { code, out } = check(dir);
    expect(code).toBe(0);
    // The feed names its volunteering texts in apps/admin/src/router.tsx; the queue does not.
    expect(weight(out, 'feed')).toBeCloseTo(175, 0);
    expect(weight(out, 'queue')).toBeCloseTo(180, 0);
    expect(out).not.toContain('fr-volunteering');
  });

  it('fails above a limit and names the route', () => {
    build(dir, pages(200));
    const { code, out } = check(dir);
    expect(code).toBe(1);
    expect(out).toMatch(/OVER feed +370\.\d kB \(185\.0 kB; 200\.0 kB\)/);
  });

  it('fails when a route with a limit or a goal is no longer a page of the build', () => {
    const renamed = pages(5);
    renamed['src/pages/feed.ts'] = { kb: 5, name: 'volunteer-feed' };
    build(dir, renamed);
    const { code, out } = check(dir);
    expect(code).toBe(1);
    expect(out).toContain('"feed" names no page of the build');
  });
});
