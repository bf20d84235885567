import type { ScorePalette } from './score-palette';
import { UNKNOWN_PART_COLOUR, mantineColour, partColour } from './score-palette';

const palette: ScorePalette = { order: ['trust'], colours: { trust: 'yellow.6' }, label: (name) => name };

describe('score palette', () => {
  it('colours known parts, and anything else in grey', () => {
    expect(partColour(palette, 'trust')).toBe('yellow.6');
    expect(partColour(palette, 'newcomer')).toBe(UNKNOWN_PART_COLOUR);
    // A name that happens to be an Object property is still unknown.
    expect(partColour(palette, 'constructor')).toBe(UNKNOWN_PART_COLOUR);
  });

  it('names Mantine colours as their CSS variables', () => {
    expect(mantineColour('teal.6')).toBe('var(--mantine-color-teal-6)');
  });
});
