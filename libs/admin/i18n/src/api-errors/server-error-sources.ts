import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// Test support: what the API's sources emit, read from the sources themselves, so that the
// admin app's catalogue cannot fall behind the server without a spec failing.

export const REPO_ROOT = join(__dirname, '../../../../..');
const SERVER_DIRS = ['libs/server', 'apps/api/src', 'libs/domain'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'bench' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(spec|integration-spec|e2e-spec)\.ts$/.test(entry.name) ? [path] : [];
  });
}

export function serverSources(): { path: string; text: string }[] {
  return SERVER_DIRS.flatMap((dir) => sourceFiles(join(REPO_ROOT, dir))).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

/** The text of each call of `name(...)`, parentheses balanced (strings are not parsed: none of these holds an odd one). */
export function callsOf(text: string, name: string): string[] {
  const calls: string[] = [];
  const opening = new RegExp(`\\b${name}\\(`, 'g');
  for (let match = opening.exec(text); match; match = opening.exec(text)) {
    let depth = 0;
    let end = match.index + name.length;
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++;
      if (text[end] === ')' && --depth === 0) break;
    }
    calls.push(text.slice(match.index + name.length + 1, end));
  }
  return calls;
}

const upperLiterals = (text: string) => [...text.matchAll(/'([A-Z][A-Z_]+)'/g)].map((match) => match[1] as string);

/** Codes: apiError's first argument, `code: '…'` in extensions, and format-error's PUBLIC_CODES. */
export function emittedCodes(sources: { text: string }[]): Set<string> {
  const codes = new Set<string>(['INTERNAL_SERVER_ERROR']);
  for (const { text } of sources) {
    for (const call of callsOf(text, 'apiError')) upperLiterals(call.split(',')[0] ?? '').forEach((code) => codes.add(code));
    for (const match of text.matchAll(/extensions:\s*\{[^}]*\bcode:\s*'([A-Z_]+)'/g)) codes.add(match[1] as string);
    const publicCodes = text.match(/PUBLIC_CODES[^=]*=\s*new Set\(\[([^\]]*)\]/);
    if (publicCodes) upperLiterals(publicCodes[1] ?? '').forEach((code) => codes.add(code));
  }
  return codes;
}

/** Reasons: any upper-case literal a conflict() gives after its message, and `reason: '…'` in extensions or apiError's extras. */
export function emittedReasons(sources: { text: string }[]): Set<string> {
  const reasons = new Set<string>();
  for (const { text } of sources) {
    for (const call of callsOf(text, 'conflict')) upperLiterals(call.slice(call.indexOf(',') + 1)).forEach((reason) => reasons.add(reason));
    for (const call of [...callsOf(text, 'apiError'), ...[...text.matchAll(/extensions:\s*\{[^}]*\}/g)].map((match) => match[0])]) {
      for (const match of call.matchAll(/\breason:\s*'([A-Z_]+)'/g)) reasons.add(match[1] as string);
    }
  }
  return reasons;
}

/** Document limits: the members of DocumentLimitName. */
export function emittedLimits(sources: { text: string }[]): Set<string> {
  const union = sources.map(({ text }) => text.match(/type DocumentLimitName\s*=([^;]*);/)?.[1]).find(Boolean) ?? '';
  return new Set([...union.matchAll(/'(\w+)'/g)].map((match) => match[1] as string));
}

/** The rule literals of fieldError(field, '…') calls, `${…}` read as a number. */
export function fieldRuleLiterals(sources: { text: string }[]): string[] {
  return sources.flatMap(({ text }) =>
    callsOf(text, 'fieldError').flatMap((call) =>
      [...call.slice(call.indexOf(',') + 1).matchAll(/'([^']*)'|`([^`]*)`/g)]
        .map((match) => (match[1] ?? match[2] ?? '').replace(/\$\{[^}]*\}/g, '12'))
        .filter((literal) => literal.includes(' ')),
    ),
  );
}
