import type { FieldError } from '@relais/domain-people';
import { fieldError } from '@relais/domain-people';
import type { TimeWindow, WeeklyAvailability, WeeklySlot } from './match-types';
import { localOffsetSegments } from './zone-offsets';

export const MAX_WEEKLY_SLOTS = 50;
export const MINUTES_PER_DAY = 1440;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Open-ended windows count the coming week, and longer ones are capped to it: a weekly pattern repeats. */
const HORIZON_MS = 7 * DAY_MS;

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Checks weekly slots as sent by a volunteer; null (always available) is valid. */
export function checkWeeklyAvailability(slots: unknown): FieldError[] {
  if (slots === null || slots === undefined) return [];
  if (!Array.isArray(slots)) return [fieldError('availability', 'must be a list of weekly slots')];
  if (slots.length > MAX_WEEKLY_SLOTS) {
    return [fieldError('availability', `must list at most ${MAX_WEEKLY_SLOTS} slots`)];
  }
  const errors: FieldError[] = [];
  slots.forEach((slot: unknown, index) => {
    const at = `availability[${index}]`;
    if (typeof slot !== 'object' || slot === null) {
      errors.push(fieldError(at, 'must be a slot with day, startMinute and endMinute'));
      return;
    }
    const { day, startMinute, endMinute } = slot as Record<string, unknown>;
    if (!isIntegerIn(day, 0, 6)) {
      errors.push(fieldError(`${at}.day`, 'must be a whole number from 0 (Monday) to 6 (Sunday)'));
    }
    const startValid = isIntegerIn(startMinute, 0, MINUTES_PER_DAY - 1);
    if (!startValid) {
      errors.push(fieldError(`${at}.startMinute`, `must be a whole number of minutes from 0 to ${MINUTES_PER_DAY - 1}`));
    }
    if (!isIntegerIn(endMinute, 1, MINUTES_PER_DAY)) {
      errors.push(fieldError(`${at}.endMinute`, `must be a whole number of minutes from 1 to ${MINUTES_PER_DAY}`));
    } else if (startValid && endMinute <= startMinute) {
      // A slot across midnight is two slots, one on each day.
      errors.push(fieldError(`${at}.endMinute`, 'must be after startMinute'));
    }
  });
  return errors;
}

// The same volunteer is scored against many windows (a feed, an assignment plan): the weekly
// table is built once per slots array while that array lives.
const tables = new WeakMap<readonly WeeklySlot[], [number, number][][]>();

function slotsByWeekday(slots: readonly WeeklySlot[]): [number, number][][] {
  let table = tables.get(slots);
  if (!table) {
    table = buildWeekdayTable(slots);
    tables.set(slots, table);
  }
  return table;
}

/** Per local weekday (0 = Monday), disjoint sorted [start, end) in ms from local midnight; overlaps merged so nothing counts twice. */
function buildWeekdayTable(slots: readonly WeeklySlot[]): [number, number][][] {
  const days: [number, number][][] = Array.from({ length: 7 }, () => []);
  for (const { day, startMinute, endMinute } of slots) {
    const start = Math.max(0, startMinute);
    const end = Math.min(MINUTES_PER_DAY, endMinute);
    // Stored data is checked on the way in; anything malformed is simply not availability.
    if (!Number.isInteger(day) || day < 0 || day > 6 || !(end > start)) continue;
    days[day]?.push([start * MINUTE_MS, end * MINUTE_MS]);
  }
  return days.map((intervals) => {
    intervals.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [start, end] of intervals) {
      const last = merged[merged.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
    }
    return merged;
  });
}

/** Milliseconds of [localStart, localEnd), in local wall-clock ms since 1970-01-01, covered by the slots. */
function coveredMs(localStart: number, localEnd: number, byWeekday: readonly (readonly [number, number][])[]): number {
  let covered = 0;
  for (let day = Math.floor(localStart / DAY_MS); day * DAY_MS < localEnd; day++) {
    const midnight = day * DAY_MS;
    // 1970-01-01 was a Thursday, weekday 3 when Monday is 0.
    const weekday = (((day + 3) % 7) + 7) % 7;
    for (const [start, end] of byWeekday[weekday] ?? []) {
      const overlap = Math.min(localEnd, midnight + end) - Math.max(localStart, midnight + start);
      if (overlap > 0) covered += overlap;
    }
  }
  return covered;
}

/**
 * Minutes of the window, from no earlier than `now` and over at most seven days, during which the
 * weekly slots (wall-clock time in `timeZone`) hold. The window is cut where the zone's UTC offset
 * changes, so DST is exact: a skipped hour is never available, a repeated hour can count twice.
 */
export function availableMinutes(
  window: TimeWindow,
  availability: WeeklyAvailability,
  timeZone: string,
  now: Date,
): { available: number; total: number } {
  const start = Math.max(window.start.getTime(), now.getTime());
  const end = Math.min(window.end === null ? Infinity : window.end.getTime(), start + HORIZON_MS);
  if (!(end > start)) return { available: 0, total: 0 };
  const total = (end - start) / MINUTE_MS;
  if (availability === null) return { available: total, total };
  const byWeekday = slotsByWeekday(availability);
  if (byWeekday.every((intervals) => intervals.length === 0)) return { available: 0, total };
  let covered = 0;
  for (const segment of localOffsetSegments(start, end, timeZone)) {
    covered += coveredMs(segment.start + segment.offsetMs, segment.end + segment.offsetMs, byWeekday);
  }
  return { available: covered / MINUTE_MS, total };
}
