import { latLngToCell } from 'h3-js';
import type { PolygonCoordinates } from '@relais/domain-geo';
import { binByCell, heatOpacity, heatResolutionFor, quartierCells } from './heat-cells';

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

describe('heatResolutionFor', () => {
  it('cuts a Paris quartier (about 1 km²) into tens of cells when the places are exact', () => {
    const resolution = heatResolutionFor(1_000_000, true);
    expect(resolution).toBe(10);
    expect(heatResolutionFor(3_000_000, true)).toBe(9);
    expect(heatResolutionFor(20_000_000, true)).toBe(8);
  });

  it('never goes finer than resolution 8 for coarse places', () => {
    expect(heatResolutionFor(1_000_000, false)).toBe(8);
    expect(heatResolutionFor(100, false)).toBe(8);
  });

  it('takes larger cells for a large area', () => {
    expect(heatResolutionFor(500_000_000, false)).toBe(7);
  });
});

describe('quartierCells', () => {
  it('covers a square of about 1 km² with some tens of resolution-10 cells', () => {
    const square: PolygonCoordinates = [
      [
        [2.35, 48.85],
        [2.3636, 48.85],
        [2.3636, 48.859],
        [2.35, 48.859],
        [2.35, 48.85],
      ],
    ];
    const cells = quartierCells([square], 10);
    expect(cells.length).toBeGreaterThan(40);
    expect(cells.length).toBeLessThan(100);
  });
});
