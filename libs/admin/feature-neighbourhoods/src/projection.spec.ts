import type { LonLat } from './projection';
import { fitProjection, fitProjections, projectedAspectRatio } from './projection';

const close = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 6);

describe('fitProjection', () => {
  it('puts north at the top and west on the left', () => {
    const project = fitProjection(
      [
        [2.25, 48.8],
        [2.45, 48.9],
      ],
      { width: 100, height: 100 },
    );
    const [westX, southY] = project([2.25, 48.8]);
    const [eastX, northY] = project([2.45, 48.9]);
    expect(westX).toBeLessThan(eastX);
    expect(northY).toBeLessThan(southY);
  });

  it('shrinks longitudes by the cosine of the mid latitude', () => {
    // One degree each way around 60°N: half as wide as tall once projected.
    const project = fitProjection(
      [
        [10, 59.5],
        [11, 60.5],
      ],
      { width: 1000, height: 1000 },
    );
    const [x0, y0] = project([10, 59.5]);
    const [x1, y1] = project([11, 60.5]);
    close((x1 - x0) / (y0 - y1), Math.cos((60 * Math.PI) / 180));
  });

  it('fills the box less its padding and centres the other axis', () => {
    const positions: LonLat[] = [
      [0, -1],
      [4, 1],
    ];
    const project = fitProjection(positions, { width: 200, height: 200, padding: 10 });
    const [left, bottom] = project([0, -1]);
    const [right, top] = project([4, 1]);
    // Near the equator the area is twice as wide as tall: the width decides the scale.
    close(left, 10);
    close(right, 190);
    expect(right - left).toBeCloseTo(2 * (bottom - top), 2);
    close((top + bottom) / 2, 100);
  });

  it('keeps every position inside the box', () => {
    const positions: LonLat[] = [
      [2.224, 48.815],
      [2.47, 48.902],
      [2.35, 48.86],
      [2.3, 48.83],
    ];
    const project = fitProjection(positions, { width: 640, height: 480, padding: 8 });
    for (const position of positions) {
      const [x, y] = project(position);
      expect(x).toBeGreaterThanOrEqual(8 - 1e-9);
      expect(x).toBeLessThanOrEqual(632 + 1e-9);
      expect(y).toBeGreaterThanOrEqual(8 - 1e-9);
      expect(y).toBeLessThanOrEqual(472 + 1e-9);
    }
  });

  it('centres a single position and copes with nothing at all', () => {
    expect(fitProjection([[2.35, 48.86]], { width: 100, height: 50 })([2.35, 48.86])).toEqual([50, 25]);
    expect(fitProjection([], { width: 100, height: 50 })([0, 0])).toEqual([50, 25]);
  });
});

describe('projectedAspectRatio', () => {
  it('is the projected width over the height', () => {
    expect(
      projectedAspectRatio([
        [10, 59.5],
        [12, 60.5],
      ]),
    ).toBeCloseTo(2 * Math.cos((60 * Math.PI) / 180), 6);
  });

  it('is 0 for nothing, a point, or an east-west line', () => {
    expect(projectedAspectRatio([])).toBe(0);
    expect(projectedAspectRatio([[1, 1]])).toBe(0);
    expect(
      projectedAspectRatio([
        [1, 1],
        [2, 1],
      ]),
    ).toBe(0);
  });
});

describe('fitProjections', () => {
  it('inverts the projection: a point of the box goes back to its position', () => {
    const positions: LonLat[] = [
      [2.34, 48.86],
      [2.37, 48.87],
    ];
    const { project, invert } = fitProjections(positions, { width: 400, height: 300, padding: 10 });
    for (const position of [[2.34, 48.86], [2.355, 48.8612], [2.37, 48.87]] as const) {
      const [lon, lat] = invert(project(position));
      close(lon, position[0]);
      close(lat, position[1]);
    }
  });
});
