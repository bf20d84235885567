/**
 * When the weekly digest goes out, without a framework: the ISO week an instant falls in, and
 * whether it is within the set weekday and hour, both in a time zone through Intl (so the
 * summer and winter hours come from the system's time zone data, not from a table of ours).
 */

/** The zone whose ISO weeks the digest counts: never two digests to one person in one of them. */
export const DIGEST_WEEK_ZONE = 'Europe/Paris';

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  /** 1 Monday .. 7 Sunday (ISO). */
  weekday: number;
}

const WEEKDAYS: Readonly<Record<string, number>> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** True for a zone Intl knows (an IANA name such as Europe/Paris, or UTC). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || !value || value.length > 64) return false;
  try {
    formatIn(value);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock date, hour and weekday of `instant` in `timeZone`. */
export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(formatIn(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']) % 24,
    weekday: WEEKDAYS[parts['weekday'] ?? ''] ?? 0,
  };
}

const DAY_MS = 86_400_000;

/** The ISO 8601 week of `instant` in `timeZone`, as "2026-W49": weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(instant: Date, timeZone = DIGEST_WEEK_ZONE): string {
  const { year, month, day, weekday } = localTime(instant, timeZone);
  const thursday = Date.UTC(year, month - 1, day) + (4 - weekday) * DAY_MS;
  const weekYear = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(weekYear, 0, 1)) / (7 * DAY_MS));
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

export interface DigestSchedule {
  /** 1 Monday .. 7 Sunday. */
  weekday: number;
  /** 0..23, wall-clock in `timeZone`. */
  hour: number;
  timeZone: string;
}

/**
 * Whether `instant` is within the set weekday and hour, wall-clock in the set zone. The job asks
 * every quarter of an hour, so a run missed (the server down at that hour) is not made up later.
 * An hour the clocks skip that day (02:00 on the spring change in Paris) has no run that week.
 */
export function isDigestTime(instant: Date, schedule: DigestSchedule): boolean {
  const local = localTime(instant, schedule.timeZone);
  return local.weekday === schedule.weekday && local.hour === schedule.hour;
}
