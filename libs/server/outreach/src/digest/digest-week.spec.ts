import { checkOutreachSettings, DEFAULT_OUTREACH_SETTINGS, mergeOutreachSettings } from './digest-settings';
import { isDigestTime, isoWeek, isTimeZone, localTime } from './digest-week';

const at = (iso: string) => new Date(iso);
const FRIDAY_FIVE_PARIS = { weekday: 5, hour: 17, timeZone: 'Europe/Paris' };

describe('isoWeek', () => {
  it('names the week of an ordinary day', () => {
    expect(isoWeek(at('2026-12-04T12:00:00Z'))).toBe('2026-W49');
  });

  it('counts in Paris: Sunday 23:30 UTC in summer is already Monday there, a new week', () => {
    expect(isoWeek(at('2026-06-14T21:30:00Z'))).toBe('2026-W24'); // Sunday 23:30 in Paris
    expect(isoWeek(at('2026-06-14T22:30:00Z'))).toBe('2026-W25'); // Monday 00:30 in Paris
    expect(isoWeek(at('2026-06-14T22:30:00Z'), 'UTC')).toBe('2026-W24');
  });

  it('follows the clock changes: the week turns at Paris midnight in winter and in summer time', () => {
    // Sunday 29 March 2026, clocks go forward at 02:00; the week ends at 22:00 UTC that evening.
    expect(isoWeek(at('2026-03-29T21:59:00Z'))).toBe('2026-W13');
    expect(isoWeek(at('2026-03-29T22:00:00Z'))).toBe('2026-W14');
    // Sunday 25 October 2026, clocks go back at 03:00; the week then ends at 23:00 UTC.
    expect(isoWeek(at('2026-10-25T22:59:00Z'))).toBe('2026-W43');
    expect(isoWeek(at('2026-10-25T23:00:00Z'))).toBe('2026-W44');
  });

  it('crosses the year as ISO 8601 does: 1 January 2027 is in 2026’s week 53, 29 December 2025 in 2026’s week 1', () => {
    expect(isoWeek(at('2026-12-31T23:30:00Z'))).toBe('2026-W53'); // Friday 1 January 2027, 00:30 in Paris
    expect(isoWeek(at('2027-01-04T00:00:00Z'))).toBe('2027-W01');
    expect(isoWeek(at('2025-12-29T08:00:00Z'))).toBe('2026-W01');
    expect(isoWeek(at('2021-01-03T12:00:00Z'))).toBe('2020-W53');
  });
});

describe('isDigestTime', () => {
  it('holds within the set weekday and hour, wall-clock in the set zone, and not an hour either side', () => {
    expect(isDigestTime(at('2026-12-04T16:00:00Z'), FRIDAY_FIVE_PARIS)).toBe(true); // 17:00 in Paris (winter)
    expect(isDigestTime(at('2026-12-04T16:59:59Z'), FRIDAY_FIVE_PARIS)).toBe(true);
    expect(isDigestTime(at('2026-12-04T15:59:59Z'), FRIDAY_FIVE_PARIS)).toBe(false);
    expect(isDigestTime(at('2026-12-04T17:00:00Z'), FRIDAY_FIVE_PARIS)).toBe(false);
    expect(isDigestTime(at('2026-12-03T16:00:00Z'), FRIDAY_FIVE_PARIS)).toBe(false); // Thursday
  });

  it('moves with summer time: 17:00 in Paris is 15:00 UTC in June', () => {
    expect(isDigestTime(at('2026-06-12T15:15:00Z'), FRIDAY_FIVE_PARIS)).toBe(true);
    expect(isDigestTime(at('2026-06-12T16:15:00Z'), FRIDAY_FIVE_PARIS)).toBe(false);
  });

  it('does not catch up: the quarter-hour checks after the hour are all outside it', () => {
    const checks = Array.from({ length: 4 * 24 * 7 }, (_, i) => new Date(Date.UTC(2026, 11, 1) + i * 15 * 60_000));
    const due = checks.filter((instant) => isDigestTime(instant, FRIDAY_FIVE_PARIS));
    expect(due.map((d) => d.toISOString())).toEqual(['2026-12-04T16:00:00.000Z', '2026-12-04T16:15:00.000Z', '2026-12-04T16:30:00.000Z', '2026-12-04T16:45:00.000Z']);
  });

  it('reads another zone, Sunday 7 and midnight included', () => {
    const sundayMidnightTokyo = { weekday: 7, hour: 0, timeZone: 'Asia/Tokyo' };
    expect(isDigestTime(at('2026-12-05T15:30:00Z'), sundayMidnightTokyo)).toBe(true); // Sunday 00:30 in Tokyo
    expect(localTime(at('2026-12-05T15:30:00Z'), 'Asia/Tokyo')).toEqual({ year: 2026, month: 12, day: 6, hour: 0, weekday: 7 });
  });
});

describe('outreach settings', () => {
  it('accept the defaults and names Intl knows', () => {
    expect(checkOutreachSettings({ ...DEFAULT_OUTREACH_SETTINGS })).toEqual([]);
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('name every field at fault', () => {
    const errors = checkOutreachSettings({ digestWeekday: 0, digestHour: 24, digestTimeZone: 'Paris', ambassadorWeeklyCap: 8, colour: 'red' });
    expect(errors.map((e) => e.field).sort()).toEqual(['ambassadorWeeklyCap', 'colour', 'digestHour', 'digestTimeZone', 'digestWeekday']);
    expect(checkOutreachSettings({ digestHour: 1.5 }).map((e) => e.field)).toEqual(['digestHour']);
  });

  it('merge a change field by field, leaving what does not hold as it was', () => {
    expect(mergeOutreachSettings(DEFAULT_OUTREACH_SETTINGS, { digestHour: 9, digestWeekday: 9 })).toEqual({ ...DEFAULT_OUTREACH_SETTINGS, digestHour: 9 });
  });
});
