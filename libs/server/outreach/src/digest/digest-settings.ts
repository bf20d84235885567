import { DEFAULT_AMBASSADOR_WEEKLY_CAP } from '@relais/domain-leaders';
import type { FieldError } from '@relais/domain-people';
import { fieldError } from '@relais/domain-people';
import { isTimeZone } from './digest-week';

/** What ADMIN sets for outreach: when the weekly digest goes out, and the campaigns' weekly cap per ambassador. */
export interface OutreachSettings {
  /** 1 Monday .. 7 Sunday. */
  digestWeekday: number;
  /** 0..23, wall-clock in `digestTimeZone`. */
  digestHour: number;
  digestTimeZone: string;
  /** Campaigns an ambassador gets in any 7 days. */
  ambassadorWeeklyCap: number;
}

export type OutreachSettingName = keyof OutreachSettings;

export const DEFAULT_OUTREACH_SETTINGS: OutreachSettings = Object.freeze({
  digestWeekday: 5,
  digestHour: 17,
  digestTimeZone: 'Europe/Paris',
  ambassadorWeeklyCap: DEFAULT_AMBASSADOR_WEEKLY_CAP,
});

const RANGES: Readonly<Record<Exclude<OutreachSettingName, 'digestTimeZone'>, { min: number; max: number; words: string }>> = {
  digestWeekday: { min: 1, max: 7, words: 'a day of the week from 1 (Monday) to 7 (Sunday)' },
  digestHour: { min: 0, max: 23, words: 'an hour from 0 to 23' },
  ambassadorWeeklyCap: { min: 1, max: 7, words: 'a whole number of campaigns from 1 to 7' },
};

const NAMES = Object.keys(DEFAULT_OUTREACH_SETTINGS) as OutreachSettingName[];

function valid(name: OutreachSettingName, value: unknown): boolean {
  if (name === 'digestTimeZone') return isTimeZone(value);
  const { min, max } = RANGES[name];
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Checks a change to the settings; each error names its field. Fields left out are not checked. */
export function checkOutreachSettings(change: Readonly<Record<string, unknown>>): FieldError[] {
  return Object.entries(change).flatMap(([key, value]) => {
    if (!(NAMES as string[]).includes(key)) return [fieldError(key, `is not an outreach setting; the settings are ${NAMES.join(', ')}`)];
    const name = key as OutreachSettingName;
    if (valid(name, value)) return [];
    return [fieldError(name, name === 'digestTimeZone' ? 'must be a time zone name such as Europe/Paris' : `must be ${RANGES[name].words}`)];
  });
}

/** `change` over `current`, field by field; a value that does not hold (a stored one from an older rule) leaves the field as it was. */
export function mergeOutreachSettings(current: OutreachSettings, change: Readonly<Record<string, unknown>>): OutreachSettings {
  const merged: Record<string, unknown> = { ...current };
  for (const name of NAMES) if (valid(name, change[name])) merged[name] = change[name];
  return merged as unknown as OutreachSettings;
}
