/** The query parameter that carries, through « Créer un compte », the page someone signed out wanted. */
export const RETURN_PARAM = 'suite';

/**
 * The page to go back to, if `value` is a path of this app: one "/" then no second "/" or "\" (a
 * browser reads "//host" and "/\host" as another site), no scheme, no control characters. Anything
 * else gives null, so a crafted link can never send someone elsewhere once they are signed in.
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || value.length > 2000) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  // Tabs and newlines are dropped by URL parsers, which would turn "/\t/host" into "//host".
  if ([...value].some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f)) return null;
  return value;
}

/** Where someone reading `pathname` + `search` comes back to after signing up, or null for the home page. */
export function returnPathOf(pathname: string, search: string): string | null {
  const path = `${pathname}${search}`;
  return path === '/' ? null : safeReturnPath(path);
}
