import { returnPathOf, safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it('keeps a path of the app, its query included', () => {
    expect(safeReturnPath('/requests/42')).toBe('/requests/42');
    expect(safeReturnPath('/leaders/7?tab=history')).toBe('/leaders/7?tab=history');
  });

  it.each([
    ['another site', 'https://evil.example/requests/42'],
    ['a protocol-relative address', '//evil.example'],
    ['a backslash browsers read as a slash', '/\\evil.example'],
    ['a tab that URL parsers drop', '/\t/evil.example'],
    ['a newline', '/requests/42\n'],
    ['a script', 'javascript:alert(1)'],
    ['a relative path', 'requests/42'],
    ['nothing', ''],
    ['an absent parameter', null],
  ])('refuses %s', (_what, value) => {
    expect(safeReturnPath(value)).toBeNull();
  });
});

describe('returnPathOf', () => {
  it('is null on the home page, which is where one lands anyway', () => {
    expect(returnPathOf('/', '')).toBeNull();
  });

  it('is the page and its query elsewhere', () => {
    expect(returnPathOf('/ideas/3', '?c=AB12')).toBe('/ideas/3?c=AB12');
  });
});
