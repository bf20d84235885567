import { ageLevel } from './request-age';

const now = new Date('2025-11-20T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

describe('ageLevel', () => {
  it('is fresh under two hours, waiting under a day, late beyond', () => {
    expect(ageLevel(hoursAgo(0), now)).toBe('fresh');
    expect(ageLevel(hoursAgo(1.99), now)).toBe('fresh');
    expect(ageLevel(hoursAgo(2), now)).toBe('waiting');
    expect(ageLevel(hoursAgo(23.9), now)).toBe('waiting');
    expect(ageLevel(hoursAgo(24), now)).toBe('late');
    expect(ageLevel(hoursAgo(72), now)).toBe('late');
  });
});
