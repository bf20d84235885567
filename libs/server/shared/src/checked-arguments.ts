import type { FieldError } from '@relais/domain-people';
import { fieldError } from '@relais/domain-people';
import type { GraphQLArgument, GraphQLField, GraphQLFieldResolver, GraphQLInputType, GraphQLSchema } from 'graphql';
import { defaultFieldResolver, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType } from 'graphql';
import { badUserInput, isUuid } from './api-errors';
import { textFault } from './text-faults';

/** Enough to mend a call; a list of 100,000 junk ids gets this many lines, not 100,000. */
const MAX_FAULTS = 20;

type Resolver = GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>;

const checked = new WeakSet<GraphQLField<unknown, unknown>>();
const CHECKED_SCALARS = new Set(['ID', 'String', 'DateTime']);

/**
 * Every field that takes an `ID`, a `String` or a `DateTime`, at any depth of its arguments, checks
 * them before its resolver runs (before `subscribe` for a subscription): an ID is a UUID, as every
 * key this API takes is, text holds no NUL and no half of a surrogate pair, which PostgreSQL cannot
 * store, and a date is one. A fault is BAD_USER_INPUT naming each field at fault, so no junk reaches a query. A
 * malformed id is bad input rather than NOT_FOUND: it is refused the same way whatever it names
 * and whoever asks, and NOT_FOUND stays the answer for a well-formed id that names nothing. Used
 * as the schema's transform; changes the given schema's fields and returns it.
 */
export function withCheckedArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      if (checked.has(field) || !field.args.some((arg) => holdsCheckedScalar(arg.type, new Set()))) continue;
      checked.add(field);
      if (field.subscribe) field.subscribe = checking(field.args, field.subscribe as Resolver);
      else field.resolve = checking(field.args, (field.resolve ?? defaultFieldResolver) as Resolver);
    }
  }
  return schema;
}

function checking(definitions: readonly GraphQLArgument[], resolver: Resolver): Resolver {
  return (source, args, context, info) => {
    const faults = argumentFaults(definitions, args);
    if (faults.length) throw badUserInput(faults);
    return resolver(source, args, context, info);
  };
}

/**
 * The faults of a field's coerced arguments. Fields inside an input-object argument are named
 * from it (`description`, `location.lat`), as the services' own rules name them.
 */
export function argumentFaults(definitions: readonly GraphQLArgument[], args: Record<string, unknown>): FieldError[] {
  const faults: FieldError[] = [];
  for (const arg of definitions) {
    const named = isNonNullType(arg.type) ? arg.type.ofType : arg.type;
    collectFaults(arg.type, args[arg.name], isInputObjectType(named) ? '' : arg.name, faults);
  }
  return faults;
}

function collectFaults(type: GraphQLInputType, value: unknown, path: string, faults: FieldError[]): void {
  if (value === null || value === undefined || faults.length >= MAX_FAULTS) return;
  if (isNonNullType(type)) return collectFaults(type.ofType, value, path, faults);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((item, index) => collectFaults(type.ofType, item, `${path}[${index}]`, faults));
    return;
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      collectFaults(field.type, (value as Record<string, unknown>)[field.name], path ? `${path}.${field.name}` : field.name, faults);
    }
    return;
  }
  if (value instanceof Date) {
    // The DateTime scalar turns text it cannot read into an Invalid Date instead of refusing it.
    if (Number.isNaN(value.getTime())) faults.push(fieldError(path, 'is not a date and time (ISO 8601, e.g. 2026-12-06T18:00:00Z)'));
    return;
  }
  if (typeof value !== 'string') return;
  const fault = type.name === 'ID' ? (isUuid(value) ? undefined : 'is not an id') : textFault(value);
  if (fault) faults.push(fieldError(path, fault));
}

/** Whether an argument of this type can carry an ID or a String anywhere inside it. */
function holdsCheckedScalar(type: GraphQLInputType, seen: Set<string>): boolean {
  if (isNonNullType(type) || isListType(type)) return holdsCheckedScalar(type.ofType, seen);
  if (isScalarType(type)) return CHECKED_SCALARS.has(type.name);
  if (!isInputObjectType(type) || seen.has(type.name)) return false;
  seen.add(type.name);
  return Object.values(type.getFields()).some((field) => holdsCheckedScalar(field.type, seen));
}
