/**
 * A GraphQL input as the fields the caller gave: the ones left out arrive as null and are dropped,
 * at every depth, so that "left out stays as it is" rules can read the rest.
 */
export function givenFields(input: object): Record<string, unknown> {
  const entries = Object.entries(input).filter(([, value]) => value !== null && value !== undefined);
  return Object.fromEntries(
    entries.map(([key, value]) => [key, isNested(value) ? givenFields(value as object) : value]),
  );
}

const isNested = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
