// A NUL, which PostgreSQL refuses in text, and a UTF-16 surrogate without its other half, which
// has no UTF-8 form (the driver would store U+FFFD in its place).
const NUL = '\u0000';
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a string cannot be stored as text as it is, if it cannot. */
export function textFault(value: string): string | undefined {
  if (value.includes(NUL)) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode text (it holds half of a surrogate pair)';
  return undefined;
}
