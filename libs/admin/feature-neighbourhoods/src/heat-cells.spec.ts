import { latLngToCell } from 'h3-js';
import { binByCell, heatOpacity } from './heat-cells';

describe('binByCell', () => {
  it('counts the points of each resolution-8 cell, busiest first, with a closed boundary', () => {
    const chatelet = { lat: 48.8584, lng: 2.347 };
    const sameCell = { lat: chatelet.lat + 0.0001, lng: chatelet.lng + 0.0001 };
    const montmartre = { lat: 48.8867, lng: 2.3431 };
    const cells = binByCell([montmartre, chatelet, sameCell]);
    expect(cells.map((cell) => cell.count)).toEqual([2, 1]);
    expect(cells[0]?.id).toBe(latLngToCell(chatelet.lat, chatelet.lng, 8));
    const ring = cells[0]?.ring ?? [];
    expect(ring.length).toBeGreaterThanOrEqual(7);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    // GeoJSON order: longitude first.
    expect(ring[0]?.[0]).toBeCloseTo(2.347, 1);
  });

  it('gives nothing for no points', () => {
    expect(binByCell([])).toEqual([]);
  });
});

describe('heatOpacity', () => {
  it('grows with the count up to the busiest cell', () => {
    expect(heatOpacity(1, 4)).toBeCloseTo(0.35);
    expect(heatOpacity(4, 4)).toBeCloseTo(0.8);
    expect(heatOpacity(0, 0)).toBe(0);
  });
});
