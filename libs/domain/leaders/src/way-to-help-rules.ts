import type { FieldError } from '@relais/domain-people';
import { fieldError } from '@relais/domain-people';

export const WAY_TO_HELP_TITLE = { min: 1, max: 120 } as const;
export const WAY_TO_HELP_BODY = { min: 1, max: 1000 } as const;
export const WAY_TO_HELP_LINK_MAX = 500;

/**
 * A link people will open from a mail or the app: http or https only (never javascript: or
 * data:), absolute, without credentials.
 */
export function linkProblem(link: string): string | null {
  if (link.length > WAY_TO_HELP_LINK_MAX) return `must be at most ${WAY_TO_HELP_LINK_MAX} characters`;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return 'is not a web address';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must start with https:// or http://';
  if (url.username || url.password) return 'must not carry a user name or password';
  return null;
}

export function checkWayToHelp(input: { title: string; body: string; link?: string | null }): FieldError[] {
  const errors: FieldError[] = [];
  const title = input.title.trim().length;
  if (title < WAY_TO_HELP_TITLE.min || title > WAY_TO_HELP_TITLE.max) errors.push(fieldError('title', `must be ${WAY_TO_HELP_TITLE.min} to ${WAY_TO_HELP_TITLE.max} characters`));
  const body = input.body.trim().length;
  if (body < WAY_TO_HELP_BODY.min || body > WAY_TO_HELP_BODY.max) errors.push(fieldError('body', `must be ${WAY_TO_HELP_BODY.min} to ${WAY_TO_HELP_BODY.max} characters`));
  const link = input.link?.trim();
  const problem = link ? linkProblem(link) : null;
  if (problem) errors.push(fieldError('link', problem));
  return errors;
}
