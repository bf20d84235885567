import { elapsedSince } from './elapsed';

const now = new Date('2025-11-20T12:00:00Z');
const before = (ms: number) => new Date(now.getTime() - ms);

describe('elapsedSince', () => {
  it('speaks in minutes under an hour, hours under two days, days beyond', () => {
    expect(elapsedSince(before(59 * 60_000), now)).toEqual({ value: 59, unit: 'minute' });
    expect(elapsedSince(before(3 * 3_600_000 + 5), now)).toEqual({ value: 3, unit: 'hour' });
    expect(elapsedSince(before(47 * 3_600_000), now)).toEqual({ value: 47, unit: 'hour' });
    expect(elapsedSince(before(50 * 3_600_000), now)).toEqual({ value: 2, unit: 'day' });
  });

  it('says 0 minutes for a clock slightly ahead', () => {
    expect(elapsedSince(new Date(now.getTime() + 5_000), now)).toEqual({ value: 0, unit: 'minute' });
  });
});
