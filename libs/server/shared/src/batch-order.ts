/**
 * DataLoader wants one answer per key, in the keys' order; a batched query returns rows in any
 * order. These put them back.
 */
export function onePer<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): (T | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

export function manyPer<K, T, V>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K, valueOf: (row: T) => V): V[][] {
  const byKey = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) byKey.get(keyOf(row))?.push(valueOf(row));
  return keys.map((key) => byKey.get(key) ?? []);
}
