import { boundsOf, isInside, parseBanAnswer, parseNominatimAnswer } from './geocoder-answers';

describe('geocoder answers', () => {
  it("reads BAN's features as labelled points, lat and lng the right way round", () => {
    const body = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [2.3522, 48.8566] }, properties: { label: "Place de l'Hôtel de Ville 75004 Paris" } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: ['x', 48] }, properties: { label: 'broken' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [2.1, 48.1] }, properties: {} },
      ],
    };
    expect(parseBanAnswer(body)).toEqual([{ label: "Place de l'Hôtel de Ville 75004 Paris", location: { lat: 48.8566, lng: 2.3522 } }]);
  });

  it('reads nothing from what is not an answer', () => {
    expect(parseBanAnswer(null)).toEqual([]);
    expect(parseBanAnswer({ features: 'no' })).toEqual([]);
    expect(parseNominatimAnswer({})).toEqual([]);
  });

  it("reads Nominatim's places, whose coordinates are text", () => {
    expect(parseNominatimAnswer([{ lat: '48.85', lon: '2.35', display_name: 'Rue de Rivoli, Paris' }])).toEqual([
      { label: 'Rue de Rivoli, Paris', location: { lat: 48.85, lng: 2.35 } },
    ]);
  });

  it('keeps what falls inside the box around the positions', () => {
    const bounds = boundsOf([
      [2.25, 48.81],
      [2.42, 48.9],
    ]);
    expect(bounds).toEqual({ south: 48.81, west: 2.25, north: 48.9, east: 2.42 });
    expect(isInside({ lat: 48.85, lng: 2.35 }, bounds!)).toBe(true);
    expect(isInside({ lat: 45.76, lng: 4.83 }, bounds!)).toBe(false);
    expect(boundsOf([])).toBeNull();
  });
});
