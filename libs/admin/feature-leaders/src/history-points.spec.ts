import { dayDate, sparklineValues, trendOf } from './history-points';

const point = (day: string, score: number) => ({ day, score, rank: 1 });

describe('score history', () => {
  it('rises, falls or holds from the first point to the last', () => {
    expect(trendOf([point('2025-10-01', 0.4), point('2025-10-08', 0.3), point('2025-10-15', 0.55)])).toBe('up');
    expect(trendOf([point('2025-10-01', 0.6), point('2025-10-15', 0.5)])).toBe('down');
    expect(trendOf([point('2025-10-01', 0.5), point('2025-10-15', 0.51)])).toBe('flat');
    expect(trendOf([point('2025-10-01', 0.5)])).toBe('flat');
    expect(trendOf([])).toBe('flat');
  });

  it('draws a line only from two points on', () => {
    expect(sparklineValues([point('2025-10-01', 0.5)])).toBeNull();
    expect(sparklineValues([point('2025-10-01', 0.5), point('2025-10-08', 0.6)])).toEqual([0.5, 0.6]);
  });

  it('reads a day as that calendar day wherever the browser is', () => {
    expect(dayDate('2025-11-20').toISOString()).toBe('2025-11-20T00:00:00.000Z');
    expect(dayDate('2026-01-01').getUTCDate()).toBe(1);
  });
});
