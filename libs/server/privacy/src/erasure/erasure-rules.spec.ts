import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ERASURE_RULES } from './erasure-rules';

// The privacy record tells the organisation what erasure does to each table: it must not fall
// behind the rules the code applies (the catalogue test keeps the rules up with the schema).
const record = readFileSync(path.join(__dirname, '../../../../../docs/privacy.md'), 'utf8');
const erasureSection = record.slice(record.indexOf('## Erasure'), record.indexOf('\n## ', record.indexOf('## Erasure') + 1));

describe('ERASURE_RULES', () => {
  it('are all in the privacy record’s Erasure table', () => {
    expect(erasureSection.length).toBeGreaterThan(100);
    const rows = erasureSection.split('\n').filter((line) => line.startsWith('| `'));
    const documented = new Set(rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([a-z_]+)`/g)].map((m) => m[1])));
    expect(Object.keys(ERASURE_RULES).filter((table) => !documented.has(table))).toEqual([]);
    expect([...documented].filter((table) => !table || !(table in ERASURE_RULES))).toEqual([]);
  });

  it('say why for every table', () => {
    expect(Object.entries(ERASURE_RULES).filter(([, rule]) => rule.why.trim().length < 10).map(([table]) => table)).toEqual([]);
  });
});
