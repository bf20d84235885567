/** Day 0 is Monday, as the API counts. */
export const DAY_KEYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export const MINUTES_PER_DAY = 1440;

/** A weekly slot as the form edits it: times as an <input type="time"> holds them. */
export interface SlotDraft {
  /** Stable across edits, for React's keys. */
  key: string;
  day: number;
  start: string;
  end: string;
}

let lastKey = 0;
/** A key no other slot drafted in this tab has. */
export function newSlotKey(): string {
  lastKey += 1;
  return `slot-${lastKey}`;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Minutes from midnight as "HH:MM"; midnight at the end of the day shows as 00:00. */
export function minutesToTime(minutes: number): string {
  const wrapped = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${pad(Math.floor(wrapped / 60))}:${pad(wrapped % 60)}`;
}

/** "HH:MM" as minutes from midnight; an end at 00:00 means the day's end (1440). Null if not a time. */
export function timeToMinutes(value: string, isEnd: boolean): number | null {
  const match = /^(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  const total = hours * 60 + minutes;
  return isEnd && total === 0 ? MINUTES_PER_DAY : total;
}

export interface WeeklySlotValue {
  day: number;
  startMinute: number;
  endMinute: number;
}

/** The slot as the API takes it; null when its times are missing or it ends before it starts. */
export function slotFromDraft(draft: SlotDraft): WeeklySlotValue | null {
  const startMinute = timeToMinutes(draft.start, false);
  const endMinute = timeToMinutes(draft.end, true);
  if (startMinute === null || endMinute === null || endMinute <= startMinute) return null;
  return { day: draft.day, startMinute, endMinute };
}
