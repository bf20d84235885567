import type { LatLng } from '@relais/domain-geo';
import { cellOf } from '@relais/domain-geo';
import type { FieldError } from '@relais/domain-people';
import { fieldError } from '@relais/domain-people';

/** How long Relais keeps what it holds; ADMIN sets them (the privacy settings). */
export interface PrivacySettings {
  /** Days after a request closed (DONE, CANCELLED, EXPIRED) until its exact address and location go. */
  addressRetentionDays: number;
  /** Days an audit entry (address reads included) is kept. */
  auditRetentionDays: number;
  /** Days without any use after which an account is told it will be erased. */
  inactiveAccountDays: number;
}

export type PrivacySettingName = keyof PrivacySettings;

/**
 * Each setting's range and default, in whole days: wide enough for an organisation's own choice,
 * narrow enough that a typo neither erases at once nor keeps for ever. An exact address is kept a
 * year at most; the audit log a month at least (time for a resident to ask who read their
 * address) and ten years at most; three years without use is the CNIL's reference for the
 * contacts of a political organisation, and less than a year would not mean "no longer used".
 */
export const PRIVACY_SETTING_RANGES: Readonly<Record<PrivacySettingName, { min: number; max: number; default: number }>> = Object.freeze({
  addressRetentionDays: { min: 1, max: 365, default: 30 },
  auditRetentionDays: { min: 30, max: 3650, default: 365 },
  inactiveAccountDays: { min: 365, max: 3650, default: 1095 },
});

const NAMES = Object.keys(PRIVACY_SETTING_RANGES) as PrivacySettingName[];

export const DEFAULT_PRIVACY_SETTINGS: PrivacySettings = Object.freeze({
  addressRetentionDays: PRIVACY_SETTING_RANGES.addressRetentionDays.default,
  auditRetentionDays: PRIVACY_SETTING_RANGES.auditRetentionDays.default,
  inactiveAccountDays: PRIVACY_SETTING_RANGES.inactiveAccountDays.default,
});

/** Days between the inactivity notice and the erasure, for the person to log in if they want to stay. */
export const ERASURE_NOTICE_DAYS = 30;

/**
 * Days a sent or given-up mail's copy stays in the outbox. Long enough to answer "did you write
 * to me?" and to look into a delivery failure; a mail is the recipient's to keep, not Relais's.
 * A constant rather than a setting: nothing in Relais reads old mail.
 */
export const OUTBOX_RETENTION_DAYS = 90;

const DAY_MS = 86_400_000;

const isSettingName = (key: string): key is PrivacySettingName => (NAMES as string[]).includes(key);

function inRange(name: PrivacySettingName, value: unknown): value is number {
  const { min, max } = PRIVACY_SETTING_RANGES[name];
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Checks a change to the settings; each error names its field. Fields left out are not checked. */
export function checkPrivacySettings(change: Readonly<Record<string, unknown>>): FieldError[] {
  return Object.entries(change).flatMap(([key, value]) => {
    if (!isSettingName(key)) return [fieldError(key, `is not a privacy setting; the settings are ${NAMES.join(', ')}`)];
    if (inRange(key, value)) return [];
    const { min, max } = PRIVACY_SETTING_RANGES[key];
    return [fieldError(key, `must be a whole number of days from ${min} to ${max}`)];
  });
}

/** `change` over `current`, field by field; a value out of range (a stored one from an older rule) leaves the field as it was. */
export function mergePrivacySettings(current: PrivacySettings, change: Readonly<Record<string, unknown>>): PrivacySettings {
  const merged = { ...current };
  for (const name of NAMES) {
    const value = change[name];
    if (inRange(name, value)) merged[name] = value;
  }
  return merged;
}

const daysBefore = (now: Date, days: number): Date => new Date(now.getTime() - days * DAY_MS);

/** What each rule removes is older than these, at `now`. */
export interface RetentionCutoffs {
  /** Closed requests closed before this lose their exact place. */
  exactPlaces: Date;
  /** Audit entries written before this go. */
  audit: Date;
  /** Mails sent or given up before this go. */
  outbox: Date;
  /** People last active before this are told their account will be erased. */
  inactivity: Date;
  /** People told before this, and not active since, are erased. */
  erasure: Date;
}

export function retentionCutoffs(now: Date, settings: PrivacySettings): RetentionCutoffs {
  return {
    exactPlaces: daysBefore(now, settings.addressRetentionDays),
    audit: daysBefore(now, settings.auditRetentionDays),
    outbox: daysBefore(now, OUTBOX_RETENTION_DAYS),
    inactivity: daysBefore(now, settings.inactiveAccountDays),
    erasure: daysBefore(now, ERASURE_NOTICE_DAYS),
  };
}

/** The day named in an inactivity notice sent at `noticeAt`: the erasure comes with the first nightly run from then. */
export function erasureDateAfterNotice(noticeAt: Date): Date {
  return new Date(noticeAt.getTime() + ERASURE_NOTICE_DAYS * DAY_MS);
}

/**
 * The fine cell (resolution 9) a request keeps once its exact place is gone: the one holding the
 * centre of its coarse cell (the coarse cell's centre child). Keeping the old fine cell would keep
 * the place to within ~0.1 km², finer than anyone but its parties may know; a column that says
 * nothing (NULL, or the coarse cell at another resolution) would break "the cell of lat, lng",
 * which the stored position still obeys. So the row reads as a request placed at its public
 * centre, and counts per coarse cell stay as they were.
 */
export function cellAfterRetention(coarseCentre: LatLng): string {
  return cellOf(coarseCentre);
}
