import type { PolygonCoordinates } from '@relais/domain-geo';
import { cellToBoundary, latLngToCell } from 'h3-js';
import { requestPlaceAreas } from './request-place-areas';

const square = (west: number, south: number): PolygonCoordinates => [
  [
    [west, south],
    [west + 0.01, south],
    [west + 0.01, south + 0.01],
    [west, south + 0.01],
    [west, south],
  ],
];
const QUARTIERS = [
  { id: 'home', name: 'Enfants-Rouges', polygons: [square(2.36, 48.86)] },
  { id: 'next', name: 'Archives', polygons: [square(2.35, 48.86)] },
  { id: 'far', name: 'Javel', polygons: [square(2.27, 48.84)] },
];
const CENTRE = { lat: 48.865, lng: 2.365 };

describe('requestPlaceAreas', () => {
  it('draws the exact place as a dot, without any cell, where the viewer may see it', () => {
    const { areas, points } = requestPlaceAreas({
      quartiers: QUARTIERS,
      requestQuartierId: 'home',
      exact: { lat: 48.8651, lng: 2.3652 },
      approximate: CENTRE,
      candidateQuartierIds: [],
    });
    expect(points).toEqual([{ id: 'request', lat: 48.8651, lng: 2.3652, color: expect.any(String), radius: 7 }]);
    expect(areas.map((a) => a.id)).toEqual(['home']);
  });

  it('draws the coarse cell around the public centre otherwise, and only that centre', () => {
    const { areas, points } = requestPlaceAreas({ quartiers: QUARTIERS, requestQuartierId: 'home', exact: null, approximate: CENTRE, candidateQuartierIds: [] });
    const cell = latLngToCell(CENTRE.lat, CENTRE.lng, 8);
    expect(areas.map((a) => a.id)).toEqual(['home', cell]);
    expect(areas[1]?.polygons).toEqual([[cellToBoundary(cell, true)]]);
    expect(points[0]).toMatchObject({ lat: CENTRE.lat, lng: CENTRE.lng });
  });

  it("shades the candidates' quartiers, darker where more of them live, and frames them with the request's", () => {
    const { areas, frameIds } = requestPlaceAreas({
      quartiers: QUARTIERS,
      requestQuartierId: 'home',
      exact: CENTRE,
      approximate: CENTRE,
      candidateQuartierIds: ['next', 'next', 'home', null],
    });
    const opacity = Object.fromEntries(areas.map((a) => [a.id, a.fillOpacity]));
    expect(opacity['next']).toBeGreaterThan(opacity['home'] as number);
    expect(opacity['home']).toBeGreaterThan(0);
    expect(frameIds.sort()).toEqual(['home', 'next']);
    expect(areas.some((a) => a.id === 'far')).toBe(false);
  });
});
