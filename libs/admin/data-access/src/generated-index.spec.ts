import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

// Codegen writes one module per operations file (see codegen.ts); the library's index must export
// each, or a page importing a new operation from @relais/admin-data-access finds nothing.
describe('the data-access index', () => {
  const operations = path.join(__dirname, 'operations');
  const index = readFileSync(path.join(__dirname, 'index.ts'), 'utf8');

  it('exports the generated module of every operations file, and of no file that is gone', () => {
    const files = readdirSync(operations).filter((name) => name.endsWith('.graphql'));
    const expected = files.map((name) => `./operations/${name.replace(/\.graphql$/, '.generated')}`).sort();
    const exported = [...index.matchAll(/^export \* from '(\.\/operations\/[^']+)';$/gm)].map((match) => match[1]).sort();
    expect(files.length).toBeGreaterThan(0);
    expect(exported).toEqual(expected);
  });
});
