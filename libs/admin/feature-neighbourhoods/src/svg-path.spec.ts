import type { PolygonCoordinates } from '@relais/domain-geo';
import { parseBoundary } from './boundary';
import { svgPathData } from './svg-path';

const identity = ([x, y]: readonly [number, number]): [number, number] => [x, y];

describe('parseBoundary', () => {
  const square: PolygonCoordinates = [
    [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ],
  ];

  it('reads a Polygon as one polygon and a MultiPolygon as several', () => {
    expect(parseBoundary(JSON.stringify({ type: 'Polygon', coordinates: square }))).toEqual([square]);
    expect(parseBoundary(JSON.stringify({ type: 'MultiPolygon', coordinates: [square, square] }))).toHaveLength(2);
  });

  it('gives nothing for text that is not an area', () => {
    expect(parseBoundary('not json')).toEqual([]);
    expect(parseBoundary(JSON.stringify({ type: 'Point', coordinates: [0, 0] }))).toEqual([]);
    expect(parseBoundary('null')).toEqual([]);
  });
});

describe('svgPathData', () => {
  it('draws one closed subpath per ring, holes included', () => {
    const withHole: PolygonCoordinates = [
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 0],
      ],
      [
        [2, 1],
        [8, 1],
        [8, 7],
        [2, 1],
      ],
    ];
    expect(svgPathData([withHole], identity)).toBe('M0 0L10 0L10 10L0 0ZM2 1L8 1L8 7L2 1Z');
  });

  it('rounds to a tenth and skips degenerate rings', () => {
    const polygon: PolygonCoordinates = [
      [
        [0.04, 0.06],
        [1.25, 0],
        [0, 1],
        [0.04, 0.06],
      ],
      [
        [0, 0],
        [1, 1],
      ],
    ];
    expect(svgPathData([polygon], identity)).toBe('M0 0.1L1.3 0L0 1L0 0.1Z');
  });
});
