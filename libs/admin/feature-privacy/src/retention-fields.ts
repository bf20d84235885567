/** The three retention settings, in the order the page shows them. */
export const RETENTION_FIELDS = ['addressRetentionDays', 'auditRetentionDays', 'inactiveAccountDays'] as const;
export type RetentionField = (typeof RETENTION_FIELDS)[number];

/** The API's ranges (updatePrivacySettings), so the page says what it would refuse before sending it. */
export const RETENTION_RANGES: Readonly<Record<RetentionField, { min: number; max: number }>> = {
  addressRetentionDays: { min: 1, max: 365 },
  auditRetentionDays: { min: 30, max: 3650 },
  inactiveAccountDays: { min: 365, max: 3650 },
};

/** What the form holds: a number, or '' while a field is emptied (Mantine's NumberInput). */
export type RetentionDraft = Record<RetentionField, number | string>;

export const isRetentionField = (name: unknown): name is RetentionField => (RETENTION_FIELDS as readonly unknown[]).includes(name);

/** The fields a draft cannot be saved with: empty, not a whole number, or out of range. */
export function invalidRetentionFields(draft: RetentionDraft): RetentionField[] {
  return RETENTION_FIELDS.filter((field) => {
    const value = draft[field];
    const { min, max } = RETENTION_RANGES[field];
    return typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max;
  });
}

/**
 * The fields a BAD_USER_INPUT answer names (`extensions.fields`), so each is marked in place in
 * the page's own words rather than the server's.
 */
export function refusedRetentionFields(extensions: Readonly<Record<string, unknown>> | undefined): RetentionField[] {
  const fields = extensions?.['fields'];
  if (!Array.isArray(fields)) return [];
  const named = fields.map((entry: unknown) => (typeof entry === 'object' && entry !== null ? (entry as { field?: unknown }).field : undefined));
  return RETENTION_FIELDS.filter((field) => named.includes(field));
}

/** Whole years and months a number of days comes to, for a reader who counts in neither. */
export function daysAsYearsAndMonths(days: number): { years: number; months: number } {
  const months = Math.round(days / (365.25 / 12));
  return { years: Math.floor(months / 12), months: months % 12 };
}
