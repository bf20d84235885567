// Mantine's pickers hold « 2026-12-07 18:00:00 » and « 18:00:00 »; the forms keep what the native
// inputs they replace held (« 2026-12-07T18:00 », « 18:00 »), so their checks stay as they are.

/** « 2026-12-07T18:00 » as DateTimePicker holds it; null when empty. */
export function localInputToPicker(value: string): string | null {
  const match = value.match(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/);
  return match ? `${match[1]} ${match[2]}:00` : null;
}

/** What DateTimePicker gives, as a datetime-local input would hold it; '' when cleared. */
export function pickerToLocalInput(value: string | null): string {
  const match = value?.match(/^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/);
  return match ? `${match[1]}T${match[2]}` : '';
}

/** « 09:30 » as TimePicker holds it; '' stays empty. */
export function timeToPicker(value: string): string {
  return /^\d{2}:\d{2}$/.test(value) ? `${value}:00` : value;
}

/** What TimePicker gives (« 09:30:00 », or '' while incomplete), to the minute. */
export function pickerToTime(value: string): string {
  const match = value.match(/^(\d{2}:\d{2})/);
  return match ? (match[1] ?? '') : '';
}

/**
 * How a picker writes the chosen value, month names in the picker's language: « 7 décembre 2026 »,
 * "7 December 2026", « 07/12/2026 18:00 »: day before month and a 24-hour clock in both languages.
 */
export const PICKER_FORMATS = { date: 'D MMMM YYYY', dateTime: 'DD/MM/YYYY HH:mm' } as const;
