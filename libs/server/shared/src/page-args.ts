import type { FieldError } from '@relais/domain-people';
import { fieldError } from '@relais/domain-people';

export const MAX_PAGE = 100;

/** `first` and `offset` of a paginated list, checked the same way everywhere. */
export function checkPage(first: number, offset: number, max = MAX_PAGE): FieldError[] {
  return [
    ...(first < 1 || first > max ? [fieldError('first', `must be from 1 to ${max}`)] : []),
    ...(offset < 0 ? [fieldError('offset', 'must not be negative')] : []),
  ];
}
