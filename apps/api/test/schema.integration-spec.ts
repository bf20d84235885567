import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLArgument, GraphQLField, GraphQLInputField, GraphQLNamedType, GraphQLSchema } from 'graphql';
import { buildSchema, isEnumType, isInputObjectType, isObjectType } from 'graphql';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA_FILE, buildSchemaFromCode, printSortedSchema } from '../src/schema/emit-schema';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const root = path.join(__dirname, '../../..');

/** Every type, field, argument and enum value of the contract, with its type, must be served. */
function contractGaps(contract: GraphQLSchema, served: GraphQLSchema): string[] {
  const gaps: string[] = [];
  const sameType = (where: string, want: { type: unknown }, got: { type: unknown } | undefined) => {
    if (!got) gaps.push(`${where} is missing`);
    else if (String(got.type) !== String(want.type)) gaps.push(`${where} is ${String(got.type)}, not ${String(want.type)}`);
  };
  for (const type of Object.values(contract.getTypeMap()) as GraphQLNamedType[]) {
    if (type.name.startsWith('__')) continue;
    const mine = served.getType(type.name);
    if (!mine) {
      gaps.push(`type ${type.name} is missing`);
      continue;
    }
    if (isEnumType(type)) {
      const values = isEnumType(mine) ? mine.getValues().map((v) => v.name) : [];
      for (const value of type.getValues()) if (!values.includes(value.name)) gaps.push(`${type.name}.${value.name} is missing`);
    } else if (isObjectType(type) || isInputObjectType(type)) {
      const fields = (isObjectType(mine) || isInputObjectType(mine) ? mine.getFields() : {}) as Record<string, GraphQLField<unknown, unknown> | GraphQLInputField>;
      for (const field of Object.values(type.getFields()) as (GraphQLField<unknown, unknown> | GraphQLInputField)[]) {
        const where = `${type.name}.${field.name}`;
        sameType(where, field, fields[field.name]);
        if ('args' in field) {
          const servedArgs = (fields[field.name] as GraphQLField<unknown, unknown> | undefined)?.args ?? [];
          for (const arg of field.args) sameType(`${where}(${arg.name})`, arg, servedArgs.find((a: GraphQLArgument) => a.name === arg.name));
          for (const extra of servedArgs) {
            if (!field.args.some((a) => a.name === extra.name) && String(extra.type).endsWith('!') && extra.defaultValue === undefined) {
              gaps.push(`${where}(${extra.name}) is a new required argument`);
            }
          }
        }
      }
    }
  }
  return gaps;
}

describe('the GraphQL schema', () => {
  let test: TestApp;
  let served: GraphQLSchema;

  beforeAll(async () => {
    test = await startTestApp();
    served = test.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => test.close());

  it('is checked in up to date (run `npm run schema:emit` after changing the API)', async () => {
    const checkedIn = readFileSync(path.join(root, SCHEMA_FILE), 'utf8');
    expect(printSortedSchema(served)).toBe(checkedIn);
    expect(printSortedSchema(await buildSchemaFromCode())).toBe(checkedIn);
  });

  it('contains the API contract, names and types as written', () => {
    const contract = buildSchema(readFileSync(path.join(__dirname, 'fixtures/api-contract.graphql'), 'utf8'));
    expect(contractGaps(contract, served)).toEqual([]);
  });

  it('would notice a contract field that went missing or changed type', () => {
    const contract = buildSchema('type Query { me: Person } type Person { id: ID! isAmbassador: Boolean! nickname: String }');
    const gapsFound = contractGaps(contract, buildSchema('type Query { me: Person } type Person { id: ID isAmbassador: Boolean! }'));
    expect(gapsFound).toEqual(['Person.id is ID, not ID!', 'Person.nickname is missing']);
  });

  it("has the admin app's generated operations up to date (run `npm run codegen`)", () => {
    // Codegen is ESM-only, so it runs in its own process, in its change-detection mode.
    const check = spawnSync(process.execPath, [path.join(root, 'node_modules/@graphql-codegen/cli/esm/bin.js'), '--config', 'codegen.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect({ status: check.status, output: check.status === 0 ? '' : check.stdout + check.stderr }).toEqual({ status: 0, output: '' });
  });
});
