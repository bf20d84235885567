// What the wording specs check of a group of resources: French typography, and English keeping
// every French key with words in it.

/** Each text of a resource tree with its dotted key. */
export function wordings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => wordings(inner, path ? `${path}.${key}` : key));
}

/** French texts missing a non-breaking space before : ; ! ? or inside « » (interpolations aside). */
export function typographyFaults(french: unknown): [string, string][] {
  return wordings(french).filter(([, text]) => /[^\u00a0\u202f][:;!?]|«[^\u00a0]|[^\u00a0]»/.test(text.replace(/\{\{[^}]*\}\}/g, 'x')));
}

export function sortedKeys(value: unknown): string[] {
  return wordings(value)
    .map(([path]) => path)
    .sort();
}

export function emptyWordings(value: unknown): [string, string][] {
  return wordings(value).filter(([, text]) => !text.trim());
}
