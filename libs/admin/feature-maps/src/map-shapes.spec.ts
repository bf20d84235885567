import type { MapArea } from './map-shapes';
import { areaCollection, boxAround, pointCollection } from './map-shapes';

const SQUARE: MapArea = {
  id: 'a',
  name: 'Arsenal',
  polygons: [
    [
      [
        [2.36, 48.85],
        [2.37, 48.85],
        [2.37, 48.86],
        [2.36, 48.85],
      ],
    ],
  ],
  fill: '#0ca678',
  fillOpacity: 0.5,
  line: '#087f5b',
  lineWidth: 2,
};

describe('map shapes', () => {
  it('turns areas into one feature each, their style in their properties', () => {
    const collection = areaCollection([SQUARE]);
    expect(collection.features).toHaveLength(1);
    expect(collection.features[0]?.properties).toEqual({ id: 'a', name: 'Arsenal', fill: '#0ca678', fillOpacity: 0.5, line: '#087f5b', lineWidth: 2 });
    expect(collection.features[0]?.geometry).toEqual({ type: 'MultiPolygon', coordinates: SQUARE.polygons });
  });

  it('writes points as GeoJSON does, longitude first', () => {
    expect(pointCollection([{ id: 'p', lat: 48.8, lng: 2.3, color: 'red', radius: 6 }]).features[0]?.geometry.coordinates).toEqual([2.3, 48.8]);
  });

  it('frames every area and point, and nothing when there is nothing', () => {
    expect(boxAround([SQUARE], [{ lat: 48.9, lng: 2.3 }])).toEqual([
      [2.3, 48.85],
      [2.37, 48.9],
    ]);
    expect(boxAround([])).toBeNull();
  });
});
