import fc from 'fast-check';
import type { WeeklySlot } from './match-types';
import { arbitrarySlot } from './match-test-fixtures';
import { availableMinutes, checkWeeklyAvailability } from './weekly-availability';

const PARIS = 'Europe/Paris';
const at = (iso: string) => new Date(iso);
const MONDAY_EVENING: WeeklySlot[] = [{ day: 0, startMinute: 18 * 60, endMinute: 21 * 60 }];

/** The reference: ask Intl, minute by minute, what weekday and time it is in the zone. */
function slowAvailableMinutes(start: Date, end: Date, slots: readonly WeeklySlot[], timeZone: string): number {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
  const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  let count = 0;
  for (let t = start.getTime(); t < end.getTime(); t += 60_000) {
    const parts = Object.fromEntries(format.formatToParts(t).map((part) => [part.type, part.value]));
    const day = weekdays.indexOf(parts['weekday'] ?? '');
    const minute = Number(parts['hour']) * 60 + Number(parts['minute']);
    if (slots.some((slot) => slot.day === day && slot.startMinute <= minute && minute < slot.endMinute)) count++;
  }
  return count;
}

describe('weekly availability rules', () => {
  it('accepts null, an empty list and proper slots', () => {
    expect(checkWeeklyAvailability(null)).toEqual([]);
    expect(checkWeeklyAvailability([])).toEqual([]);
    expect(checkWeeklyAvailability([...MONDAY_EVENING, { day: 6, startMinute: 0, endMinute: 1440 }])).toEqual([]);
  });

  it('names the faulty field of the faulty slot', () => {
    const fields = (slots: unknown) => checkWeeklyAvailability(slots).map((error) => error.field);
    expect(fields([MONDAY_EVENING[0], { day: 7, startMinute: 0, endMinute: 60 }])).toEqual(['availability[1].day']);
    expect(fields([{ day: 1.5, startMinute: 0, endMinute: 60 }])).toEqual(['availability[0].day']);
    expect(fields([{ day: 1, startMinute: -1, endMinute: 60 }])).toEqual(['availability[0].startMinute']);
    expect(fields([{ day: 1, startMinute: 600, endMinute: 1441 }])).toEqual(['availability[0].endMinute']);
    expect(fields([{ day: 1, startMinute: 600, endMinute: 600 }])).toEqual(['availability[0].endMinute']);
    expect(fields([{ day: 1, startMinute: 700, endMinute: 600 }])).toEqual(['availability[0].endMinute']);
    expect(fields([{ day: '1', startMinute: Number.NaN, endMinute: '60' }])).toEqual([
      'availability[0].day',
      'availability[0].startMinute',
      'availability[0].endMinute',
    ]);
    expect(fields(['monday'])).toEqual(['availability[0]']);
    expect(fields('mondays')).toEqual(['availability']);
  });

  it('accepts at most 50 slots', () => {
    const slots = (count: number) => Array.from({ length: count }, () => MONDAY_EVENING[0]);
    expect(checkWeeklyAvailability(slots(50))).toEqual([]);
    expect(checkWeeklyAvailability(slots(51))[0]?.field).toBe('availability');
  });

  it('accepts exactly the slots inside one day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2, max: 8 }), fc.integer({ min: -5, max: 1445 }), fc.integer({ min: -5, max: 1445 }), (day, start, end) => {
        const valid = day >= 0 && day <= 6 && start >= 0 && start < end && end <= 1440;
        expect(checkWeeklyAvailability([{ day, startMinute: start, endMinute: end }]).length === 0).toBe(valid);
      }),
    );
  });
});

describe('available minutes', () => {
  const now = at('2026-10-19T00:00:00Z');

  it('counts the whole window when there are no slots (always available)', () => {
    const window = { start: at('2026-10-20T10:00:00Z'), end: at('2026-10-20T12:30:00Z') };
    expect(availableMinutes(window, null, PARIS, now)).toEqual({ available: 150, total: 150 });
  });

  it('counts nothing when the volunteer listed an empty week', () => {
    const window = { start: at('2026-10-20T10:00:00Z'), end: at('2026-10-20T12:30:00Z') };
    expect(availableMinutes(window, [], PARIS, now)).toEqual({ available: 0, total: 150 });
  });

  it('starts the window no earlier than now, and gives an open or long window seven days', () => {
    const week = 7 * 24 * 60;
    expect(availableMinutes({ start: at('2026-10-01T00:00:00Z'), end: at('2026-10-19T02:00:00Z') }, null, PARIS, now).total).toBe(120);
    expect(availableMinutes({ start: at('2026-10-01T00:00:00Z'), end: null }, null, PARIS, now).total).toBe(week);
    expect(availableMinutes({ start: at('2026-10-20T00:00:00Z'), end: at('2027-01-01T00:00:00Z') }, null, PARIS, now).total).toBe(week);
    expect(availableMinutes({ start: at('2026-10-01T00:00:00Z'), end: at('2026-10-02T00:00:00Z') }, null, PARIS, now)).toEqual({
      available: 0,
      total: 0,
    });
  });

  it('reads Monday-evening slots in Paris time, summer or winter', () => {
    // 19 October 2026 is a Monday, in summer time (UTC+2); 26 October in winter time (UTC+1).
    const summer = { start: at('2026-10-19T16:00:00Z'), end: at('2026-10-19T20:00:00Z') };
    expect(availableMinutes(summer, MONDAY_EVENING, PARIS, now).available).toBe(180);
    const winterHour = { start: at('2026-10-26T18:00:00Z'), end: at('2026-10-26T19:00:00Z') };
    expect(availableMinutes(winterHour, MONDAY_EVENING, PARIS, now).available).toBe(60);
    // 17:00Z is 18:00 local in winter: available; 16:00Z is 17:00 local: not.
    const beforeSlot = { start: at('2026-10-26T16:00:00Z'), end: at('2026-10-26T17:00:00Z') };
    expect(availableMinutes(beforeSlot, MONDAY_EVENING, PARIS, now).available).toBe(0);
  });

  it('finds the Monday evening of a week that crosses the end of summer time', () => {
    // From Saturday 24 October, open-ended: the clocks go back on Sunday 25, 03:00 → 02:00.
    const saturday = at('2026-10-24T10:00:00Z');
    expect(availableMinutes({ start: saturday, end: null }, MONDAY_EVENING, PARIS, saturday).available).toBe(180);
    // Until Monday 19:00 winter time (18:00 UTC): one hour, not the two the summer offset would give.
    expect(availableMinutes({ start: saturday, end: at('2026-10-26T18:00:00Z') }, MONDAY_EVENING, PARIS, saturday).available).toBe(60);
  });

  it('counts the repeated hour twice when clocks go back, and the skipped hour never', () => {
    const sundayTwoToThree: WeeklySlot[] = [{ day: 6, startMinute: 120, endMinute: 180 }];
    const sundayOneToFour: WeeklySlot[] = [{ day: 6, startMinute: 60, endMinute: 240 }];
    const autumn = { start: at('2026-10-24T20:00:00Z'), end: at('2026-10-25T06:00:00Z') };
    expect(availableMinutes(autumn, sundayTwoToThree, PARIS, now).available).toBe(120);
    const spring = { start: at('2026-03-28T20:00:00Z'), end: at('2026-03-29T06:00:00Z') };
    const springNow = at('2026-03-01T00:00:00Z');
    expect(availableMinutes(spring, sundayTwoToThree, PARIS, springNow).available).toBe(0);
    expect(availableMinutes(spring, sundayOneToFour, PARIS, springNow).available).toBe(120);
  });

  it('counts overlapping slots once', () => {
    const slots: WeeklySlot[] = [...MONDAY_EVENING, { day: 0, startMinute: 19 * 60, endMinute: 22 * 60 }];
    const monday = { start: at('2026-10-19T00:00:00Z'), end: at('2026-10-20T00:00:00Z') };
    expect(availableMinutes(monday, slots, PARIS, now).available).toBe(240);
  });

  it('agrees with a minute-by-minute reading of the clock around both DST changes', () => {
    // Each zone with one of its 2026 offset changes.
    const changes: [string, string][] = [
      [PARIS, '2026-10-25T01:00:00Z'],
      [PARIS, '2026-03-29T01:00:00Z'],
      ['America/New_York', '2026-11-01T06:00:00Z'],
      ['Australia/Sydney', '2026-04-04T16:00:00Z'],
      ['Asia/Kolkata', '2026-06-01T00:00:00Z'],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...changes),
        fc.integer({ min: -36 * 60, max: 36 * 60 }),
        fc.integer({ min: 0, max: 30 * 60 }),
        fc.array(arbitrarySlot, { maxLength: 6 }),
        ([zone, change], offsetMinutes, minutes, slots) => {
          const start = new Date(at(change).getTime() + offsetMinutes * 60_000);
          const end = new Date(start.getTime() + minutes * 60_000);
          const { available, total } = availableMinutes({ start, end }, slots, zone, at('2026-01-01T00:00:00Z'));
          expect(total).toBe(minutes);
          expect(available).toBe(slowAvailableMinutes(start, end, slots, zone));
        },
      ),
      { numRuns: 40 },
    );
  });
});
