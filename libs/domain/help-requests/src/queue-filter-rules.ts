import type { FieldError } from '@relais/domain-people';
import { fieldError } from '@relais/domain-people';

/** Ten years: older than any request kept, and far inside the dates PostgreSQL can subtract it from. */
export const MAX_FILTER_HOURS = 24 * 365 * 10;

export interface QueueAgeFilter {
  olderThanHours?: number | null;
  unmatchedForHours?: number | null;
}

/** The queue's age filters, each from 0 hours to MAX_FILTER_HOURS when given. */
export function queueFilterErrors(filter: QueueAgeFilter): FieldError[] {
  return (['olderThanHours', 'unmatchedForHours'] as const)
    .filter((field) => {
      const hours = filter[field];
      return hours !== null && hours !== undefined && (hours < 0 || hours > MAX_FILTER_HOURS);
    })
    .map((field) => fieldError(field, `must be from 0 to ${MAX_FILTER_HOURS}`));
}
