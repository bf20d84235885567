import type { FieldError } from '@relais/domain-people';
import { fieldError } from '@relais/domain-people';

export const IDEA_TITLE = { min: 3, max: 140 } as const;
export const IDEA_BODY = { min: 1, max: 5000 } as const;
export const MODERATION_REASON = { min: 1, max: 500 } as const;

export const COMMENT_BODY = { min: 1, max: 2000 } as const;
/** Comments a person may write in a day: a conversation by hand stays far below. */
export const COMMENTS_PER_DAY = 30;

/** Ideas a person may post in a day: more is a script, or a flood the board's readers would pay for. */
export const IDEAS_PER_DAY = 10;
/** Votes and withdrawn votes of one person in ten minutes: a board read and voted by hand stays far below. */
export const VOTES_PER_TEN_MINUTES = 60;

function checkLength(field: string, text: string, { min, max }: { min: number; max: number }): FieldError[] {
  const length = text.trim().length;
  if (length < min) return [fieldError(field, min === 1 ? 'must not be empty' : `must have at least ${min} characters`)];
  return length > max ? [fieldError(field, `must have at most ${max} characters`)] : [];
}

/** Title and body of a new idea, trimmed, as the contract bounds them. */
export function checkIdeaInput(input: { title: string; body: string }): FieldError[] {
  return [...checkLength('title', input.title, IDEA_TITLE), ...checkLength('body', input.body, IDEA_BODY)];
}

/** A moderation is explained to the idea's author: a reason is required. */
export function checkModerationReason(reason: string): FieldError[] {
  return checkLength('reason', reason, MODERATION_REASON);
}

/** A comment, trimmed, as its column bounds it. */
export function checkComment(body: string): FieldError[] {
  return checkLength('body', body, COMMENT_BODY);
}
