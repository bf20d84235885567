import { GraphQLError, GraphQLID, GraphQLScalarType, GraphQLInputObjectType, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, graphql, subscribe, parse } from 'graphql';
import { withCheckedArguments } from './checked-arguments';

const UUID = '6f1c2a3e-8b4d-4e5f-9a0b-1c2d3e4f5a6b';
const calls: string[] = [];

/** As NestJS's DateTime: text it cannot read becomes an Invalid Date rather than an error. */
const DateTime = new GraphQLScalarType({ name: 'DateTime', parseValue: (value) => new Date(value as string), serialize: (value) => value });

const Draft = new GraphQLInputObjectType({
  name: 'Draft',
  fields: { text: { type: new GraphQLNonNull(GraphQLString) }, tags: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) }, for: { type: GraphQLID } },
});

function schema(): GraphQLSchema {
  const echo = (name: string) => (_: unknown, args: Record<string, unknown>) => {
    calls.push(name);
    return JSON.stringify(args);
  };
  return withCheckedArguments(
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          item: { type: GraphQLString, args: { id: { type: new GraphQLNonNull(GraphQLID) } }, resolve: echo('item') },
          items: { type: GraphQLString, args: { ids: { type: new GraphQLList(new GraphQLNonNull(GraphQLID)) } }, resolve: echo('items') },
          post: { type: GraphQLString, args: { input: { type: Draft } }, resolve: echo('post') },
          since: { type: GraphQLString, args: { from: { type: DateTime } }, resolve: echo('since') },
        },
      }),
      subscription: new GraphQLObjectType({
        name: 'Subscription',
        fields: {
          changed: {
            type: GraphQLString,
            args: { id: { type: GraphQLID } },
            subscribe: async function* () {
              calls.push('changed');
              yield 'x';
            },
            resolve: () => 'x',
          },
        },
      }),
    }),
  );
}

async function run(source: string, variableValues: Record<string, unknown>) {
  calls.length = 0;
  const result = await graphql({ schema: schema(), source, variableValues });
  const error = result.errors?.[0];
  return { code: error?.extensions['code'], fields: (error?.extensions['fields'] as { field: string }[] | undefined)?.map((f) => f.field), calls: [...calls] };
}

describe('withCheckedArguments', () => {
  it('lets UUIDs and well-formed text through to the resolver', async () => {
    expect(await run('query($id: ID!) { item(id: $id) }', { id: UUID })).toEqual({ code: undefined, fields: undefined, calls: ['item'] });
    expect(await run('query($i: Draft) { post(input: $i) }', { i: { text: 'élève 👩🏽‍🦳', tags: ['a'], for: UUID } })).toMatchObject({ code: undefined, calls: ['post'] });
  });

  it('refuses a date and time that is not one, and lets a real one through', async () => {
    expect(await run('query($from: DateTime) { since(from: $from) }', { from: 'not-a-date' })).toEqual({ code: 'BAD_USER_INPUT', fields: ['from'], calls: [] });
    expect(await run('query($from: DateTime) { since(from: $from) }', { from: '2026-12-06T18:00:00Z' })).toMatchObject({ code: undefined, calls: ['since'] });
  });

  it('refuses a non-UUID id, inline or in a variable, before the resolver runs', async () => {
    for (const id of ['not-a-uuid', '', "' OR 1=1 --", '1e9999', 'x'.repeat(10_000), '42']) {
      expect(await run('query($id: ID!) { item(id: $id) }', { id })).toEqual({ code: 'BAD_USER_INPUT', fields: ['id'], calls: [] });
    }
    expect(await run('{ item(id: 42) }', {})).toEqual({ code: 'BAD_USER_INPUT', fields: ['id'], calls: [] });
  });

  it('names every fault inside input objects and lists, from the input object, and caps a long list', async () => {
    const result = await run('query($i: Draft) { post(input: $i) }', { i: { text: 'a\u0000b', tags: ['ok', '\ud800'], for: 'nope' } });
    expect(result).toEqual({ code: 'BAD_USER_INPUT', fields: ['text', 'tags[1]', 'for'], calls: [] });
    const many = await run('query($ids: [ID!]) { items(ids: $ids) }', { ids: Array.from({ length: 1000 }, () => 'junk') });
    expect(many.fields).toHaveLength(20);
  });

  it('checks a subscription before it subscribes', async () => {
    calls.length = 0;
    const result = await subscribe({ schema: schema(), document: parse('subscription($id: ID) { changed(id: $id) }'), variableValues: { id: 'junk' } });
    expect(result).toMatchObject({ errors: [expect.any(GraphQLError)] });
    expect(calls).toEqual([]);
  });
});
