import { buildSchema, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkOperation } from '../graphql-limits/check-operation';
import { SIGNED_IN_LIMITS } from '../graphql-limits/document-limits';

const ROUNDS = 5_000;

/**
 * What the document limits cost each request: tokens and Armor's rules are judged once per document
 * and caller's limits (check-operation.ts), then every request pays the lookup and the estimate of
 * its reply's size, which depends on its variables. Timed here on the documents the bench sends and
 * on the admin app's leader operations, the costliest it has.
 */
export function measureLimitsCost(repoRoot: string, documents: Record<string, { source: string; variables?: Record<string, unknown> }>): void {
  const schema = buildSchema(readFileSync(path.join(repoRoot, 'apps/api/schema.graphql'), 'utf8'));
  const leaders = readFileSync(path.join(repoRoot, 'libs/admin/data-access/src/operations/leaders.graphql'), 'utf8');
  const all = { ...documents, 'admin leaders.graphql (every operation)': { source: leaders, variables: { first: 100, days: 730 } } };
  console.log('Document limits, what each request pays once its document has been judged (signed-in limits):');
  for (const [name, { source, variables }] of Object.entries(all)) {
    const document = parse(source);
    const check = () => checkOperation({ schema, document, source, variables: variables ?? {} }, SIGNED_IN_LIMITS);
    if (check().length) throw new Error(`the bench's own ${name} is refused by the limits`);
    for (let i = 0; i < 500; i++) check(); // compiled before it is timed
    const started = performance.now();
    for (let i = 0; i < ROUNDS; i++) check();
    console.log(`  ${name}: ${(((performance.now() - started) / ROUNDS) * 1000).toFixed(0)} µs`);
  }
  console.log('');
}
