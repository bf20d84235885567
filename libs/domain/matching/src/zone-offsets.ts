/** A stretch of time [start, end), in epoch ms, over which a time zone keeps one UTC offset. */
export interface OffsetSegment {
  start: number;
  end: number;
  /** Local wall-clock minus UTC, in ms (Paris in summer: +7 200 000). */
  offsetMs: number;
}

const DAY_MS = 86_400_000;

// Building a formatter is far slower than using one; zones are few.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws a RangeError for an unknown zone, which is a configuration error worth surfacing.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's UTC offset at an instant; Intl resolves to the second, so the instant is too. */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const second = Math.floor(epochMs / 1000) * 1000;
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(second)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second: seconds = 0 } = fields;
  return Date.UTC(year, month - 1, day, hour, minute, seconds) - second;
}

/** First whole second in (from, to] whose offset is not `offset`, given that `to`'s is not. */
function firstChange(from: number, to: number, offset: number, timeZone: string): number {
  let low = Math.floor(from / 1000);
  let high = Math.floor(to / 1000);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (zoneOffsetMs(middle * 1000, timeZone) === offset) low = middle;
    else high = middle;
  }
  return high * 1000;
}

function computeSegments(start: number, end: number, timeZone: string): OffsetSegment[] {
  const segments: OffsetSegment[] = [];
  let segmentStart = start;
  let offset = zoneOffsetMs(start, timeZone);
  // Zones change offset at most once a day (in practice twice a year): probing daily finds every
  // change, then a binary search (~17 probes) pins it to the second.
  for (let probe = start; probe < end; ) {
    const next = Math.min(probe + DAY_MS, end);
    const nextOffset = zoneOffsetMs(next, timeZone);
    let from = probe;
    while (nextOffset !== offset) {
      const change = firstChange(from, next, offset, timeZone);
      if (change > segmentStart) segments.push({ start: segmentStart, end: change, offsetMs: offset });
      segmentStart = change;
      offset = zoneOffsetMs(change, timeZone);
      from = change;
    }
    probe = next;
  }
  segments.push({ start: segmentStart, end, offsetMs: offset });
  return segments;
}

// Ranking calls this once per candidate with the same window: remember the last answer.
let last: { start: number; end: number; timeZone: string; segments: readonly OffsetSegment[] } | null = null;

/** Cuts [start, end) where the zone's UTC offset changes. */
export function localOffsetSegments(start: number, end: number, timeZone: string): readonly OffsetSegment[] {
  if (last && last.start === start && last.end === end && last.timeZone === timeZone) return last.segments;
  const segments = computeSegments(start, end, timeZone);
  last = { start, end, timeZone, segments };
  return segments;
}
