import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { Kind, getNamedType, getNullableType, isCompositeType, isInterfaceType, isListType, isObjectType } from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';

/**
 * How many items a list without a size argument holds at most in practice. The cost of a document
 * is what its reply would hold, so a list multiplies what is selected under it: without this,
 * `neighbourhoods { adjacent { adjacent { boundary } } }` looks as cheap as `me { id }`.
 */
const LIST_SIZES: Readonly<Record<string, number>> = {
  // Every quartier of the deployment: Paris has 80, Paris and Toulouse 100.
  'Query.neighbourhoods': 100,
  'Query.leaderOverview': 100,
  // Quartiers that touch one: at most 10 in Paris, 8 in Toulouse (5 on average).
  'Neighbourhood.adjacent': 10,
  // The OPEN requests of one quartier that auto-assignment pairs.
  'AutoAssignPlan.pairs': 100,
  'Mutation.autoAssign': 100,
  // A settings preview: the quartier's oldest OPEN requests, and whoever is in the top of either ranking.
  'MatchWeightsPreview.requests': 20,
  'LeaderSettingsPreview.rows': 200,
};

/** Other lists (roles, skills, a request's events, a score's parts) hold a handful. */
const DEFAULT_LIST_SIZE = 10;

/** A boundary is 4–8 KB of GeoJSON text, where most values are a few dozen bytes. */
const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  'Neighbourhood.boundary': 200,
};

/** Arguments that say how many items a list returns (`days` of a score's history: one point a day). */
const SIZE_ARGUMENTS = ['first', 'days'];

type Args = Record<string, unknown>;

/**
 * An upper estimate of the values a reply to the operation holds: each field counts one (a
 * boundary more), times the size of every list above it, taken from the request's own `first`
 * (a page's `items` from the `first` of the field that holds them), else from LIST_SIZES.
 * Fragments are costed once and reused, so nested spreads cannot make this walk explode.
 */
export function estimateReplySize(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName)) {
      operation ??= definition;
    }
  }
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return 0;
  // As execution will see them: the operation's defaults applied, JSON numbers as Int.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  const values: Args = ('coerced' in coerced ? coerced.coerced : undefined) ?? {};
  const memo = new Map<string, number>();
  const inProgress = new Set<string>();

  const selectionSize = (type: GraphQLCompositeType, selectionSet: SelectionSetNode, parentArgs: Args): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldSize(type, selection, parentArgs);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (on && isCompositeType(on)) total += selectionSize(on, selection.selectionSet, parentArgs);
      } else {
        total += fragmentSize(selection.name.value, parentArgs);
      }
    }
    return total;
  };

  const fragmentSize = (name: string, parentArgs: Args): number => {
    const key = `${name}\u0000${String(parentArgs['first'] ?? '')}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    const on = fragment && schema.getType(fragment.typeCondition.name.value);
    // A cycle is refused by validation; here it must only not loop.
    if (!fragment || !on || !isCompositeType(on) || inProgress.has(key)) return 0;
    inProgress.add(key);
    const size = selectionSize(on, fragment.selectionSet, parentArgs);
    inProgress.delete(key);
    memo.set(key, size);
    return size;
  };

  const fieldSize = (type: GraphQLCompositeType, node: FieldNode, parentArgs: Args): number => {
    const name = node.name.value;
    if (name === '__typename') return 1;
    // Introspection has its own switch and a fixed size.
    if (name === '__schema' || name === '__type') return 0;
    const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
    if (!field) return 0;
    const args = argumentsOf(field, node, values);
    const key = `${type.name}.${name}`;
    const count = isListType(getNullableType(field.type)) ? listSize(key, name, args, parentArgs) : 1;
    const named = getNamedType(field.type);
    const inner = node.selectionSet && isCompositeType(named) ? 1 + selectionSize(named, node.selectionSet, args) : (FIELD_WEIGHTS[key] ?? 1);
    return count * inner;
  };

  return selectionSize(root, operation.selectionSet, {});
}

function listSize(key: string, name: string, args: Args, parentArgs: Args): number {
  for (const argument of SIZE_ARGUMENTS) {
    const value = args[argument];
    if (typeof value === 'number') return Math.max(value, 0);
  }
  const pageSize = parentArgs['first'];
  if (name === 'items' && typeof pageSize === 'number') return Math.max(pageSize, 0);
  return LIST_SIZES[key] ?? DEFAULT_LIST_SIZE;
}

/** The field's arguments with the request's variables and the schema's defaults; none if they do not coerce (execution refuses those). */
function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Args): Args {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return {};
  }
}
