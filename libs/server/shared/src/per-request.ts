/**
 * Memoises a value (typically a DataLoader) for the life of one GraphQL request: the context
 * object is the request's identity, and a WeakMap lets it go when the request ends.
 */
const cache = new WeakMap<object, Map<string, unknown>>();

export function perRequest<T>(context: object, key: string, create: () => T): T {
  let values = cache.get(context);
  if (!values) {
    values = new Map();
    cache.set(context, values);
  }
  if (!values.has(key)) values.set(key, create());
  return values.get(key) as T;
}
