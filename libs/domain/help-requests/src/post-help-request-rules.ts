import type { FieldError } from '@relais/domain-people';
import { HelpCategory, fieldError, isHelpCategory } from '@relais/domain-people';

export const DESCRIPTION_LENGTH = { min: 1, max: 2000 } as const;
export const ADDRESS_MAX_LENGTH = 500;
export const THANKS_MESSAGE_MAX_LENGTH = 1000;
export const SUBJECT_MAX_LENGTH = 60;

export interface HelpRequestDraft {
  category: unknown;
  description: string;
  address?: string | null;
  neededBy?: Date | null;
  subject?: string | null;
  level?: string | null;
}

function checkOptionalText(value: string | null | undefined, field: string, max: number): FieldError[] {
  if (value === undefined || value === null) return [];
  const trimmed = value.trim();
  if (!trimmed.length) return [fieldError(field, 'must not be blank when given')];
  return trimmed.length > max ? [fieldError(field, `must have at most ${max} characters`)] : [];
}

/** Everything wrong with a new request but its location, all at once, so the form can show every problem. */
export function checkHelpRequestDraft(draft: HelpRequestDraft, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  if (!isHelpCategory(draft.category)) errors.push(fieldError('category', 'is not a known help category'));
  const description = draft.description.trim();
  if (description.length < DESCRIPTION_LENGTH.min || description.length > DESCRIPTION_LENGTH.max) {
    errors.push(fieldError('description', `must have ${DESCRIPTION_LENGTH.min} to ${DESCRIPTION_LENGTH.max} characters`));
  }
  errors.push(...checkOptionalText(draft.address, 'address', ADDRESS_MAX_LENGTH));
  if (draft.neededBy) {
    if (Number.isNaN(draft.neededBy.getTime())) errors.push(fieldError('neededBy', 'is not a valid date'));
    else if (draft.neededBy.getTime() <= now.getTime()) errors.push(fieldError('neededBy', 'must be in the future'));
  }
  for (const field of ['subject', 'level'] as const) {
    if (draft[field] && draft.category !== HelpCategory.HOMEWORK) errors.push(fieldError(field, 'is only for homework help'));
    else errors.push(...checkOptionalText(draft[field], field, SUBJECT_MAX_LENGTH));
  }
  return errors;
}

export function checkThanks(rating: number, message: string | null | undefined): FieldError[] {
  const errors: FieldError[] = [];
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) errors.push(fieldError('rating', 'must be a whole number from 1 to 5'));
  if (message && message.length > THANKS_MESSAGE_MAX_LENGTH) {
    errors.push(fieldError('message', `must have at most ${THANKS_MESSAGE_MAX_LENGTH} characters`));
  }
  return errors;
}

/** Optional free text is stored trimmed, and blank means absent. */
export function cleanText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
