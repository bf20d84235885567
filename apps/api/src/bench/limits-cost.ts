import { buildSchema, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkOperation } from '../graphql-limits/check-operation';
import { SIGNED_IN_LIMITS } from '../graphql-limits/document-limits';

const ROUNDS = 5_000;

/**
 * What the document limits cost each request: Apollo validates a document with GraphQL Armor's
 * rules once and caches it, but every request is checked against its caller's limits again
 * (tokens, Armor's rules, the reply's estimated size). Timed here on the documents the bench
 * sends and on the admin app's leader operations, the costliest it has.
 */
export function measureLimitsCost(repoRoot: string, documents: Record<string, { source: string; variables?: Record<string, unknown> }>): void {
  const schema = buildSchema(readFileSync(path.join(repoRoot, 'apps/api/schema.graphql'), 'utf8'));
  const leaders = readFileSync(path.join(repoRoot, 'libs/admin/data-access/src/operations/leaders.graphql'), 'utf8');
  const all = { ...documents, 'admin leaders.graphql (every operation)': { source: leaders, variables: { first: 100, days: 730 } } };
  console.log('Document limits, checked on every request (signed-in limits):');
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
