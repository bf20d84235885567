import { PALETTES, colourOf, isCityMeasure, legendClasses } from './city-measures';

describe('city measures', () => {
  it('steps whole counts by whole numbers, never more classes than the largest count', () => {
    const classes = legendClasses([0, 1, 3], PALETTES.openNeeds, true);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    // The palette's ends stay its ends: the faintest and the strongest colour.
    expect(classes[0]?.colour).toBe(PALETTES.openNeeds[0]);
    expect(classes[2]?.colour).toBe(PALETTES.openNeeds[4]);
  });

  it('gives rates round steps, five classes', () => {
    const classes = legendClasses([0.4, 3.7, null], PALETTES.volunteersPerThousand, false);
    expect(classes).toHaveLength(5);
    expect(classes.map((c) => c.to)).toEqual([1, 2, 3, 4, 5]);
  });

  it('colours each value in its class, the largest in the last, and nothing without a figure', () => {
    const classes = legendClasses([0, 10], PALETTES.openNeeds, true);
    expect(colourOf(0, classes)).toBe(classes[0]?.colour);
    expect(colourOf(10, classes)).toBe(classes[classes.length - 1]?.colour);
    expect(colourOf(null, classes)).toBeNull();
  });

  it('has one class when every quartier is at zero', () => {
    expect(legendClasses([0, 0], PALETTES.ambassadors, true)).toEqual([{ from: 0, to: 1, colour: PALETTES.ambassadors[0] }]);
  });

  it('knows its measures', () => {
    expect(isCityMeasure('openNeeds')).toBe(true);
    expect(isCityMeasure('residents')).toBe(false);
    expect(isCityMeasure(null)).toBe(false);
  });
});
