import fc from 'fast-check';
import { MAX_ATTEMPTS, outOfAttempts, retryDelayMs, transportPauseMs } from './delivery-policy';

const MINUTE = 60_000;

describe('delivery policy', () => {
  it('waits 1, 2, 4… minutes between attempts, at most 4 hours, each drawn in the upper half of its step', () => {
    const ceilings = [1, 2, 4, 8, 16, 32, 64, 128, 240, 240, 240].map((m) => m * MINUTE);
    ceilings.forEach((ceiling, i) => {
      expect(retryDelayMs(i + 1, () => 0)).toBe(ceiling / 2);
      expect(retryDelayMs(i + 1, () => 1)).toBe(ceiling);
    });
  });

  it('never shrinks the shortest wait as attempts grow, and stays within its bounds for any draw', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), (attempts, draw) => {
        const delay = retryDelayMs(attempts, () => draw);
        expect(delay).toBeGreaterThanOrEqual(MINUTE / 2);
        expect(delay).toBeLessThanOrEqual(240 * MINUTE);
        expect(retryDelayMs(attempts + 1, () => 0)).toBeGreaterThanOrEqual(retryDelayMs(attempts, () => 0));
      }),
    );
  });

  it('gives a mail up at its last attempt, which comes 12 to 24 hours after the first', () => {
    expect(outOfAttempts(MAX_ATTEMPTS - 1)).toBe(false);
    expect(outOfAttempts(MAX_ATTEMPTS)).toBe(true);
    let longest = 0;
    let shortest = 0;
    for (let attempts = 1; attempts < MAX_ATTEMPTS; attempts++) {
      longest += retryDelayMs(attempts, () => 1);
      shortest += retryDelayMs(attempts, () => 0);
    }
    expect(shortest).toBeGreaterThanOrEqual(12 * 3_600_000);
    expect(longest).toBeLessThanOrEqual(24.5 * 3_600_000);
  });

  it('pauses the batch 30 s at first, then longer, never past 10 minutes', () => {
    expect(transportPauseMs(1, () => 1)).toBe(30_000);
    expect(transportPauseMs(2, () => 1)).toBe(60_000);
    expect(transportPauseMs(50, () => 1)).toBe(10 * MINUTE);
    expect(transportPauseMs(50, () => 0)).toBe(5 * MINUTE);
  });
});
