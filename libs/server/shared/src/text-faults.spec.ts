import { textFault } from './text-faults';

describe('textFault', () => {
  it('accepts any well-formed text, astral characters included', () => {
    for (const text of ['', 'Courses pour la semaine', 'élève de 6ᵉ', '👩🏽‍🦳 mamie', '\u{10FFFF}', '\uFFFD', 'a\tb\nc']) {
      expect(textFault(text)).toBeUndefined();
    }
  });

  it('refuses a NUL anywhere', () => {
    for (const text of ['\u0000', 'a\u0000b', 'abc\u0000']) expect(textFault(text)).toBe('must not contain a NUL character');
  });

  it('refuses half of a surrogate pair, at either end or alone', () => {
    for (const text of ['\ud800', 'a\udbffb', '\udc00', 'x\udfff', '\ud83d\ud83d', '👩'.slice(1) + '👩'.slice(0, 1)]) {
      expect(textFault(text)).toMatch(/valid Unicode/);
    }
  });
});
