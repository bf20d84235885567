import { enErasure } from './en-erasure';
import { frErasure } from './fr-erasure';

function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => strings(inner, path ? `${path}.${key}` : key));
}

describe('erasure wordings', () => {
  it('follow French typography: a non-breaking space before : ; ! ? and inside « »', () => {
    const wrong = strings(frErasure).filter(([, text]) => /[^\u00a0\u202f][:;!?]|«[^\u00a0]|[^\u00a0]»/.test(text.replace(/\{\{[^}]*\}\}/g, 'x')));
    expect(wrong).toEqual([]);
  });

  it('have the same keys in English, none left empty', () => {
    const keys = (value: unknown) => strings(value).map(([path]) => path).sort();
    expect(keys(enErasure)).toEqual(keys(frErasure));
    expect(strings(enErasure).filter(([, text]) => !text.trim())).toEqual([]);
  });
});
