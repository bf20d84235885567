import type { GraphQLArgument, GraphQLInputType, GraphQLNamedType, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { isEnumType, isInputObjectType, isInterfaceType, isLeafType, isListType, isNonNullType, isObjectType, isUnionType } from 'graphql';
import { randomUUID } from 'node:crypto';

export type OperationKind = 'query' | 'mutation' | 'subscription';

/** One value to put at one place of a call, and how to name it in a failure. */
export interface Junk {
  label: string;
  value: unknown;
}

/** One call of one root field: its document, its variables, and what was changed in them. */
export interface FieldCall {
  kind: OperationKind;
  field: string;
  document: string;
  /** Built afresh for each call, so that an e-mail or the like is new each time. */
  variables: () => Record<string, unknown>;
  /** `arg.inputField[]…`, or `(plausible)` for the call with plausible values only. */
  position: string;
  input: string;
}

export interface SchemaWalkOptions {
  /** A plausible value for an argument or input field of this name and type, or undefined for the type's default. */
  plausibleByName: (name: string, type: GraphQLNamedType) => unknown;
  /** What to put where a scalar of this name is expected. */
  junkFor: (scalar: string) => Junk[];
  /** What to put where a list of this item type is expected (empty, huge). */
  junkListsFor: (itemScalar: string | null) => Junk[];
}

const MAX_INPUT_DEPTH = 4;
const SEGMENT_LIST = '[]';

/**
 * Every call worth making of every root field: one with plausible values for its required
 * arguments, then one per place where an argument (or a field of an input object, at any depth,
 * or an item of a list) can hold a scalar, with each junk value there and plausible values
 * elsewhere. Values go in variables, typed as the arguments are.
 */
export function fieldCalls(schema: GraphQLSchema, options: SchemaWalkOptions): FieldCall[] {
  const roots: [OperationKind, GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  const calls: FieldCall[] = [];
  for (const [kind, root] of roots) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const selection = selectionFor(field.type as GraphQLNamedType, 0);
      const make = (args: GraphQLArgument[], variables: () => Record<string, unknown>, position: string, input: string): FieldCall => {
        const definitions = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
        const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
        const document = `${kind} Walk${definitions ? `(${definitions})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
        return { kind, field: field.name, document, variables, position, input };
      };
      const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
      const plausibleArgs = () => Object.fromEntries(required.map((arg) => [arg.name, plausible(arg.type, arg.name, options, 0)]));
      calls.push(make(required, plausibleArgs, '(plausible)', '-'));
      for (const arg of field.args) {
        const args = required.includes(arg) ? required : [...required, arg];
        for (const place of placesIn(arg.type, options, 0)) {
          for (const junk of place.junk) {
            const variables = () => ({ ...plausibleArgs(), [arg.name]: valueWith(arg.type, arg.name, place.path, junk.value, options) });
            calls.push(make(args, variables, [arg.name, ...place.path].join('.').replace(/\.\[\]/g, '[]'), junk.label));
          }
        }
      }
    }
  }
  return calls;
}

interface Place {
  path: string[];
  junk: Junk[];
}

/** The places of an input type that can hold a scalar or a list, with what to put there. */
function placesIn(type: GraphQLInputType, options: SchemaWalkOptions, depth: number): Place[] {
  if (isNonNullType(type)) return placesIn(type.ofType, options, depth);
  if (isListType(type)) {
    const item = isNonNullType(type.ofType) ? type.ofType.ofType : type.ofType;
    const lists: Place = { path: [], junk: options.junkListsFor(isLeafType(item) && !isEnumType(item) ? item.name : null) };
    const items = placesIn(type.ofType, options, depth).map((place) => ({ ...place, path: [SEGMENT_LIST, ...place.path] }));
    return [lists, ...items];
  }
  if (isInputObjectType(type)) {
    if (depth >= MAX_INPUT_DEPTH) return [];
    return Object.values(type.getFields()).flatMap((field) =>
      placesIn(field.type, options, depth + 1).map((place) => ({ ...place, path: [field.name, ...place.path] })),
    );
  }
  if (isEnumType(type)) return [];
  return [{ path: [], junk: options.junkFor(type.name) }];
}

/** A plausible value of the type, with `junk` at `path`. */
function valueWith(type: GraphQLInputType, name: string, path: string[], junk: unknown, options: SchemaWalkOptions): unknown {
  if (path.length === 0) return junk;
  if (isNonNullType(type)) return valueWith(type.ofType, name, path, junk, options);
  const [head, ...rest] = path;
  if (isListType(type) && head === SEGMENT_LIST) return [valueWith(type.ofType, name, rest, junk, options)];
  if (isInputObjectType(type) && head !== undefined) {
    const field = type.getFields()[head];
    if (!field) throw new Error(`no field ${head} in ${type.name}`);
    return { ...(plausible(type, name, options, 0) as object), [head]: valueWith(field.type, head, rest, junk, options) };
  }
  throw new Error(`cannot follow ${path.join('.')} in ${String(type)}`);
}

/** A value of the type that its checks would accept, as far as its type and name tell. */
function plausible(type: GraphQLInputType, name: string, options: SchemaWalkOptions, depth: number): unknown {
  if (isNonNullType(type)) return plausible(type.ofType, name, options, depth);
  if (isListType(type)) return [plausible(type.ofType, name, options, depth)];
  const byName = options.plausibleByName(name, type);
  if (byName !== undefined) return byName;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return depth >= MAX_INPUT_DEPTH ? {} : Object.fromEntries(required.map((field) => [field.name, plausible(field.type, field.name, options, depth + 1)]));
  }
  if (isEnumType(type)) return type.getValues()[0]?.value;
  switch (type.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'ID':
      return randomUUID();
    case 'DateTime':
      return new Date(Date.now() + 86_400_000).toISOString();
    default:
      return 'x';
  }
}

/** ` { id }` or the first scalar field; an object without one is opened one level down. */
function selectionFor(type: GraphQLNamedType, depth: number): string {
  const named = unwrap(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named) || !(isObjectType(named) || isInterfaceType(named))) return ' { __typename }';
  const fields = Object.values(named.getFields()).filter((field) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined));
  const scalar = fields.find((field) => field.name === 'id') ?? fields.find((field) => isLeafType(unwrap(field.type)));
  if (scalar) return ` { ${scalar.name} }`;
  const nested = depth < 1 ? fields.find((field) => !isLeafType(unwrap(field.type))) : undefined;
  return nested ? ` { ${nested.name}${selectionFor(nested.type as GraphQLNamedType, depth + 1)} }` : ' { __typename }';
}

function unwrap(type: unknown): GraphQLNamedType {
  let current = type as { ofType?: unknown };
  while (current.ofType) current = current.ofType as { ofType?: unknown };
  return current as GraphQLNamedType;
}
