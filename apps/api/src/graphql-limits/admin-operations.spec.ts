import { MAX_PAGE } from '@relais/server-shared';
import type { DefinitionNode, DocumentNode, FragmentDefinitionNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { Kind, parse, print, validate, visit } from 'graphql';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { buildSchemaFromCode } from '../schema/emit-schema';
import { checkOperation } from './check-operation';
import type { DocumentLimits } from './document-limits';
import { ADMIN_OPERATION_MAXIMA, ANONYMOUS_LIMITS, SIGNED_IN_LIMITS } from './document-limits';
import { estimateReplySize } from './reply-size';
import { countTokens } from './token-count';

const OPERATIONS_DIR = path.join(__dirname, '../../../../libs/admin/data-access/src/operations');
/** The longest score history a client may ask for (the leaders' resolver refuses more). */
const HISTORY_DAYS_MAX = 730;

interface AdminOperation {
  name: string;
  source: string;
  document: DocumentNode;
  variables: Record<string, unknown>;
}

/**
 * The same operation with its page sizes written in the document, as a client may: GraphQL
 * Armor's cost multiplies by a literal `first` only, so this is where that cost is largest.
 */
function withSizesInline(operation: AdminOperation): AdminOperation {
  const document = visit(operation.document, {
    Argument: (argument) => {
      if (argument.value.kind !== Kind.VARIABLE) return undefined;
      const value = operation.variables[argument.value.name.value];
      return typeof value === 'number' ? { ...argument, value: { kind: Kind.INT, value: String(value) } } : undefined;
    },
  });
  return { ...operation, document, source: print(document) };
}

/** Each operation of the admin app as the app sends it: with the fragments it spreads. */
function adminOperations(): AdminOperation[] {
  const definitions: DefinitionNode[] = readdirSync(OPERATIONS_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .flatMap((file) => parse(readFileSync(path.join(OPERATIONS_DIR, file), 'utf8')).definitions);
  const fragments = new Map(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const spreadIn = (node: OperationDefinitionNode | FragmentDefinitionNode, into: Set<string>): Set<string> => {
    visit(node, {
      FragmentSpread: (spread) => {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !into.has(spread.name.value)) spreadIn(fragment, into.add(spread.name.value));
      },
    });
    return into;
  };
  return definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      const used = [...spreadIn(operation, new Set())].map((name) => fragments.get(name) as FragmentDefinitionNode);
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...used] };
      return { name: operation.name?.value ?? '', source: print(document), document, variables: largestVariables(operation) };
    });
}

/** The largest sizes the API accepts for the operation's size variables; something plausible for the rest. */
function largestVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  const sizes: Record<string, number> = { first: MAX_PAGE, people: MAX_PAGE, historyDays: HISTORY_DAYS_MAX, offset: 0 };
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((v) => {
      const name = v.variable.name.value;
      return [name, sizes[name] ?? (print(v.type).startsWith('ID') ? '00000000-0000-4000-8000-000000000000' : undefined)];
    }),
  );
}

type Figures = Omit<DocumentLimits, 'replySize'> & { replySize: number };

/** What GraphQL Armor's rules and the reply estimate measure, with no limit in the way. */
function measure(schema: GraphQLSchema, operation: AdminOperation): Figures {
  const figures: Figures = { tokens: countTokens(operation.source, Infinity), depth: 0, aliases: 0, directives: 0, cost: 0, replySize: 0 };
  const record = (key: keyof Figures) => [(_context: unknown, details: { n: number }) => (figures[key] = details.n)];
  const { validationRules } = new ApolloArmor({
    maxDepth: { n: Infinity, flattenFragments: true, onAccept: record('depth') },
    maxAliases: { n: Infinity, onAccept: record('aliases') },
    maxDirectives: { n: Infinity, onAccept: record('directives') },
    costLimit: { maxCost: Infinity, flattenFragments: true, onAccept: record('cost') },
  }).protect();
  expect(validate(schema, operation.document, validationRules)).toEqual([]);
  figures.replySize = estimateReplySize(schema, operation.document, operation.name, operation.variables);
  return figures;
}

describe("the admin app's operations under the document limits", () => {
  let schema: GraphQLSchema;
  let operations: AdminOperation[];

  beforeAll(async () => {
    schema = await buildSchemaFromCode();
    operations = adminOperations();
  });

  it('are all valid against the schema', () => {
    expect(operations.length).toBeGreaterThan(30);
    for (const operation of operations) expect([operation.name, validate(schema, operation.document)]).toEqual([operation.name, []]);
  });

  it('all pass the signed-in limits, with the largest page sizes the API accepts, as variables or written inline', () => {
    for (const operation of [...operations, ...operations.map(withSizesInline)]) {
      const refused = checkOperation({ schema, ...operation, operationName: operation.name }, SIGNED_IN_LIMITS);
      expect([operation.name, refused.map((e) => e.message)]).toEqual([operation.name, []]);
    }
  });

  it('measure what the comment beside the limits says', () => {
    const figures = [...operations, ...operations.map(withSizesInline)].map((operation) => ({ name: operation.name, ...measure(schema, operation) }));
    // The operation named is one that reaches the maximum: several may (a depth of 4 is common).
    for (const key of ['tokens', 'depth', 'aliases', 'directives', 'cost', 'replySize'] as const) {
      const value = Math.max(...figures.map((f) => f[key]));
      const reaching = figures.filter((f) => f[key] === value && value > 0).map((f) => f.name);
      const stated = ADMIN_OPERATION_MAXIMA[key];
      expect([key, value]).toEqual([key, stated.value]);
      if (stated.operation === null) expect([key, reaching]).toEqual([key, []]);
      else expect([key, reaching]).toEqual([key, expect.arrayContaining([stated.operation])]);
    }
  });

  it('sign-in and the public map pass the anonymous limits', () => {
    for (const name of ['LogIn', 'Neighbourhoods', 'NeighbourhoodOptions']) {
      const operation = operations.find((o) => o.name === name) as AdminOperation;
      expect(checkOperation({ schema, ...operation, operationName: name }, ANONYMOUS_LIMITS)).toEqual([]);
    }
  });
});
