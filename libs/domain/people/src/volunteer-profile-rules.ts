import type { FieldError } from './field-error';
import { fieldError } from './field-error';
import { checkSkills } from './sign-up-rules';

export const TRAVEL_RADIUS_RANGE = { min: 100, max: 50_000 } as const;
export const MAX_ACTIVE_REQUESTS_RANGE = { min: 1, max: 20 } as const;

export interface VolunteerProfileChange {
  skills?: readonly unknown[] | null;
  travelRadiusMeters?: number | null;
  maxActiveRequests?: number | null;
  active?: boolean | null;
  subjects?: readonly string[] | null;
  levels?: readonly string[] | null;
}

export const TEACHING_LABEL_MAX_LENGTH = 60;
export const TEACHING_LABELS_MAX = 20;

/** Homework subjects and school levels are free labels, compared case-insensitively. */
export function normaliseTeachingLabels(labels: readonly string[]): string[] {
  return [...new Set(labels.map((label) => label.trim().toLowerCase()).filter(Boolean))];
}

function checkTeachingLabels(labels: readonly string[] | null | undefined, field: string): FieldError[] {
  if (!labels) return [];
  if (labels.length > TEACHING_LABELS_MAX) return [fieldError(field, `must list at most ${TEACHING_LABELS_MAX}`)];
  return labels.some((label) => !label.trim() || label.trim().length > TEACHING_LABEL_MAX_LENGTH)
    ? [fieldError(field, `must each have 1 to ${TEACHING_LABEL_MAX_LENGTH} characters`)]
    : [];
}

function checkIntegerIn(
  value: number | null | undefined,
  range: { min: number; max: number },
  field: string,
): FieldError[] {
  if (value === undefined || value === null) return [];
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    return [fieldError(field, `must be a whole number from ${range.min} to ${range.max}`)];
  }
  return [];
}

export function checkVolunteerProfileChange(change: VolunteerProfileChange): FieldError[] {
  return [
    ...checkSkills(change.skills),
    ...checkIntegerIn(change.travelRadiusMeters, TRAVEL_RADIUS_RANGE, 'travelRadiusMeters'),
    ...checkIntegerIn(change.maxActiveRequests, MAX_ACTIVE_REQUESTS_RANGE, 'maxActiveRequests'),
    ...checkTeachingLabels(change.subjects, 'subjects'),
    ...checkTeachingLabels(change.levels, 'levels'),
  ];
}
