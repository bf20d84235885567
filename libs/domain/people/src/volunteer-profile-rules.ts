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
  ];
}
