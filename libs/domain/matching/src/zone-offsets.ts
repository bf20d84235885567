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

// A zone's offsets over a calendar year, worked out once (about four hundred Intl calls) and
// kept: a feed ranks a thousand requests, each with its own window, at no Intl cost at all.
const years = new Map<string, readonly OffsetSegment[]>();

function yearSegments(timeZone: string, year: number): readonly OffsetSegment[] {
  const key = `${timeZone}|${year}`;
  let segments = years.get(key);
  if (!segments) {
    segments = computeSegments(Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1), timeZone);
    years.set(key, segments);
  }
  return segments;
}

// The window last cut: ranking a request's candidates cuts its window once per candidate.
let lastCut: { start: number; end: number; timeZone: string; segments: readonly OffsetSegment[] } | null = null;

/** Cuts [start, end) where the zone's UTC offset changes. */
export function localOffsetSegments(start: number, end: number, timeZone: string): readonly OffsetSegment[] {
  if (lastCut && lastCut.start === start && lastCut.end === end && lastCut.timeZone === timeZone) return lastCut.segments;
  const segments = cutByOffset(start, end, timeZone);
  lastCut = { start, end, timeZone, segments };
  return segments;
}

function cutByOffset(start: number, end: number, timeZone: string): readonly OffsetSegment[] {
  const cut: OffsetSegment[] = [];
  for (let year = new Date(start).getUTCFullYear(); year <= new Date(Math.max(start, end - 1)).getUTCFullYear(); year++) {
    for (const segment of yearSegments(timeZone, year)) {
      const from = Math.max(segment.start, start);
      const to = Math.min(segment.end, end);
      if (from >= to) continue;
      const previous = cut[cut.length - 1];
      // A new year starts a new table, not a new offset: join the two.
      if (previous && previous.end === from && previous.offsetMs === segment.offsetMs) previous.end = to;
      else cut.push({ start: from, end: to, offsetMs: segment.offsetMs });
    }
  }
  return cut.length ? cut : [{ start, end, offsetMs: zoneOffsetMs(start, timeZone) }];
}
