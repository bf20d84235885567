import { contrastRatio, readableShade, tint } from './readable-colours';

describe('readable colours', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // Mantine's default teal button: white on it is too faint for small text.
    expect(contrastRatio('#12b886', '#ffffff')).toBeCloseTo(2.55, 2);
  });

  it('tints towards the background', () => {
    expect(tint('#000000', 0.5, '#ffffff')).toBe('#808080');
    expect(tint('#087f5b', 0, '#f1f3f5')).toBe('#f1f3f5');
  });

  it('darkens a shade until words on white and on its own tint are readable, and not further', () => {
    for (const colour of ['#087f5b', '#d9480f', '#2b8a3e', '#c92a2a', '#e67700']) {
      const shade = readableShade(colour, 5.5);
      expect(contrastRatio(shade, '#ffffff')).toBeGreaterThanOrEqual(5.5);
      expect(contrastRatio(shade, tint(shade, 0.15, '#f1f3f5'))).toBeGreaterThanOrEqual(5.5);
    }
    expect(readableShade('#212529', 5.5)).toBe('#212529');
  });
});
