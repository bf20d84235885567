import { contribution, orderParts, scoreSegments } from './score-parts';

const ORDER = ['activity', 'reach', 'trust'];

describe('score parts', () => {
  it('contribute value times weight', () => {
    expect(contribution({ name: 'proximity', value: 0.8, weight: 0.25 })).toBeCloseTo(0.2);
  });

  it('come in the given order, unknown names last by name', () => {
    const parts = [
      { name: 'zeal', value: 1, weight: 0.1 },
      { name: 'trust', value: 1, weight: 0.1 },
      { name: 'bravery', value: 1, weight: 0.1 },
      { name: 'activity', value: 1, weight: 0.25 },
    ];
    expect(orderParts(parts, ORDER).map((part) => part.name)).toEqual(['activity', 'trust', 'bravery', 'zeal']);
  });
});

describe('scoreSegments', () => {
  it('gives each visible part a width in percent of a full score, in order', () => {
    const segments = scoreSegments(
      [
        { name: 'trust', value: 0.5, weight: 0.4 },
        { name: 'activity', value: 1, weight: 0.2 },
        { name: 'reach', value: 0.25, weight: 0.4 },
      ],
      ORDER,
    );
    expect(segments.map((segment) => segment.part.name)).toEqual(['activity', 'reach', 'trust']);
    expect(segments.map((segment) => segment.percent)).toEqual([20, 10, 20]);
    // Together as wide as the score: 0.2 + 0.1 + 0.2.
    expect(segments.reduce((sum, segment) => sum + segment.percent, 0)).toBeCloseTo(50);
  });

  it('leaves out parts too small to see, and parts that are not numbers', () => {
    const segments = scoreSegments(
      [
        { name: 'activity', value: 0, weight: 0.2 },
        { name: 'reach', value: 0.001, weight: 0.25 },
        { name: 'trust', value: Number.NaN, weight: 0.25 },
        { name: 'other', value: 0.5, weight: 0.3 },
      ],
      ORDER,
    );
    expect(segments.map((segment) => segment.part.name)).toEqual(['other']);
    expect(segments[0]?.points).toBeCloseTo(0.15);
  });

  it('never runs past the end of the bar when the weights add up to a little over 1', () => {
    const segments = scoreSegments(
      [
        { name: 'activity', value: 1, weight: 0.5 },
        { name: 'reach', value: 1, weight: 0.5 },
        { name: 'trust', value: 1, weight: 0.0001 + 0.001 },
      ],
      ORDER,
    );
    const total = segments.reduce((sum, segment) => sum + segment.percent, 0);
    expect(total).toBeLessThanOrEqual(100);
    expect(segments.map((segment) => segment.part.name)).toEqual(['activity', 'reach']);
  });
});
