import type { OutreachSettingsFieldsFragment } from '@relais/admin-data-access';

/** The outreach settings, in the order the page shows them. */
export const OUTREACH_FIELDS = ['digestWeekday', 'digestHour', 'digestTimeZone', 'ambassadorWeeklyCap'] as const;
export type OutreachField = (typeof OUTREACH_FIELDS)[number];
type NumberField = Exclude<OutreachField, 'digestTimeZone'>;

/** The API's ranges (updateOutreachSettings), so the page says what it would refuse before sending it. */
export const OUTREACH_RANGES: Readonly<Record<NumberField, { min: number; max: number }>> = {
  digestWeekday: { min: 1, max: 7 },
  digestHour: { min: 0, max: 23 },
  ambassadorWeeklyCap: { min: 1, max: 7 },
};

/** What the form holds: the cap is '' while its field is emptied (Mantine's NumberInput). */
export type OutreachDraft = Omit<OutreachSettingsFieldsFragment, 'ambassadorWeeklyCap'> & { ambassadorWeeklyCap: number | string };

/**
 * The zones offered: where Relais is used, mainland France and the French-speaking places
 * nearby and overseas. A saved zone that is not among them is offered too, first.
 */
export const TIME_ZONES = [
  'Europe/Paris',
  'Europe/Brussels',
  'Europe/Luxembourg',
  'Europe/Zurich',
  'America/Montreal',
  'America/Guadeloupe',
  'America/Martinique',
  'America/Cayenne',
  'Indian/Reunion',
  'Indian/Mayotte',
  'Pacific/Noumea',
  'Pacific/Tahiti',
] as const;

export function timeZoneChoices(current: string): string[] {
  return (TIME_ZONES as readonly string[]).includes(current) ? [...TIME_ZONES] : [current, ...TIME_ZONES];
}

const isWhole = (value: unknown, { min, max }: { min: number; max: number }) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** The fields a draft cannot be saved with: out of range, not a whole number, or no zone. */
export function invalidOutreachFields(draft: OutreachDraft): OutreachField[] {
  return OUTREACH_FIELDS.filter((field) => {
    if (field === 'digestTimeZone') return !draft.digestTimeZone.trim();
    return !isWhole(draft[field], OUTREACH_RANGES[field]);
  });
}

/** The fields a BAD_USER_INPUT answer names, in the page's order, each to be marked in place. */
export function refusedOutreachFields(named: readonly string[]): OutreachField[] {
  return OUTREACH_FIELDS.filter((field) => named.includes(field));
}

/** 1 (Monday) .. 7 (Sunday) as the language names it: 2024-01-01 was a Monday. */
export function weekdayName(weekday: number, locale: string): string {
  const day = new Date(Date.UTC(2024, 0, weekday, 12));
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(day);
}

/** A 24-hour clock in both languages: « 17 h » in French, "17:00" in English. */
export function hourLabel(hour: number, language: string): string {
  return language.startsWith('fr') ? `${hour}\u00a0h` : `${String(hour).padStart(2, '0')}:00`;
}
