import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { en } from './en';
import { fr } from './fr';
import { wordings } from './wording-checks';

const ADMIN = join(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'node_modules' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The keys the admin app translates with a `count`, read from its sources. */
function countedKeys(): string[] {
  const keys = sources(ADMIN).flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/\bt\(\s*'([\w.]+)',\s*\{[^}]*\bcount\b/g)].map((match) => match[1] as string));
  return [...new Set(keys)].sort();
}

// Texts a count leaves unchanged: « 120 / 200 » counters, « La carte en montre 200. ».
const SAME_FOR_ANY_COUNT = ['campaigns.form.length', 'waysToHelp.form.length', 'heat.capped'];

describe('plural wordings', () => {
  const keys = countedKeys().filter((key) => !SAME_FOR_ANY_COUNT.includes(key));

  it('give every text said with a count its singular and plural, in French and English', () => {
    expect(keys.length).toBeGreaterThan(10);
    for (const resources of [fr, en]) {
      const known = new Set(wordings(resources).map(([path]) => path));
      expect(keys.filter((key) => !known.has(`${key}_one`) || !known.has(`${key}_other`))).toEqual([]);
    }
  });

  it('leave no « (s) » for the reader to sort out', () => {
    for (const resources of [fr, en]) expect(wordings(resources).filter(([, text]) => /\(s\)|\(es\)/.test(text))).toEqual([]);
  });
});
