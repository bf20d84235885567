import { GeometryError, parseAreaGeometry, validateAreaGeometry } from './validate-geometry';

const square = [[[2, 48], [2.01, 48], [2.01, 48.01], [2, 48.01], [2, 48]]];

describe('validateAreaGeometry', () => {
  it('accepts a Polygon, a MultiPolygon and a Feature holding one', () => {
    expect(validateAreaGeometry({ type: 'Polygon', coordinates: square }).type).toBe('Polygon');
    expect(validateAreaGeometry({ type: 'MultiPolygon', coordinates: [square] }).type).toBe('MultiPolygon');
    expect(validateAreaGeometry({ type: 'Feature', geometry: { type: 'Polygon', coordinates: square } }).type).toBe('Polygon');
  });

  it('accepts a polygon with a hole, whichever way its rings wind', () => {
    const outer = [[2, 48], [2, 48.05], [2.05, 48.05], [2.05, 48], [2, 48]];
    const hole = [[2.02, 48.02], [2.03, 48.02], [2.03, 48.03], [2.02, 48.03], [2.02, 48.02]];
    expect(() => validateAreaGeometry({ type: 'Polygon', coordinates: [outer, hole] })).not.toThrow();
  });

  it.each([
    [{ type: 'Point', coordinates: [2, 48] }, /Polygon or MultiPolygon/],
    [{ type: 'Polygon', coordinates: [] }, /at least one ring/],
    [{ type: 'Polygon', coordinates: [[[2, 48], [2.01, 48], [2, 48]]] }, /at least 4 positions/],
    [{ type: 'Polygon', coordinates: [[[2, 48], [2.01, 48], [2.01, 48.01], [2, 48.01]]] }, /not closed/],
    [{ type: 'Polygon', coordinates: [[[2, 48], ['a', 48], [2.01, 48.01], [2, 48]]] }, /invalid longitude/],
    [{ type: 'Polygon', coordinates: [[[2, 48], [2, 91], [2.01, 48.01], [2, 48]]] }, /invalid latitude/],
    [{ type: 'Polygon', coordinates: [[[2, 48], [2.01, 48.01], [2.01, 48], [2, 48.01], [2, 48]]] }, /intersects itself/],
    [{ type: 'MultiPolygon', coordinates: [] }, /at least one polygon/],
  ])('refuses %j', (geometry, message) => {
    expect(() => validateAreaGeometry(geometry)).toThrow(GeometryError);
    expect(() => validateAreaGeometry(geometry)).toThrow(message);
  });

  it('refuses text that is not JSON', () => {
    expect(() => parseAreaGeometry('{nope')).toThrow(/not valid JSON/);
  });
});

describe('self-intersection', () => {
  it('accepts repeated consecutive positions, as published boundaries have', () => {
    const ring = [[2, 48], [2.01, 48], [2.01, 48], [2.01, 48.01], [2, 48.01], [2, 48]];
    expect(() => validateAreaGeometry({ type: 'Polygon', coordinates: [ring] })).not.toThrow();
  });

  it('refuses an edge that runs back along the previous one', () => {
    const ring = [[2, 48], [2.02, 48], [2.01, 48], [2.01, 48.01], [2, 48]];
    expect(() => validateAreaGeometry({ type: 'Polygon', coordinates: [ring] })).toThrow(/intersects itself/);
  });
});
