import type { FieldError } from './field-error';
import { fieldError } from './field-error';
import type { HelpCategory } from './help-category';
import { isHelpCategory } from './help-category';
import type { Role } from './role';
import { SELF_CHOSEN_ROLES } from './role';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const DISPLAY_NAME_MAX_LENGTH = 100;

/** A new volunteer, until they say otherwise (the contract's defaults). */
export const DEFAULT_VOLUNTEER_PROFILE = {
  travelRadiusMeters: 2000,
  maxActiveRequests: 3,
  active: true,
} as const;

// Deliberately loose: one @, something on each side, a dot in the domain. The mailbox decides.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** E-mails are compared case-insensitively; we keep them trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function checkEmail(email: string, field = 'email'): FieldError[] {
  const value = normaliseEmail(email);
  if (value.length > 254 || !EMAIL_PATTERN.test(value)) {
    return [fieldError(field, 'is not a valid e-mail address')];
  }
  return [];
}

export function checkPassword(password: string, field = 'password'): FieldError[] {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return [fieldError(field, `must have at least ${PASSWORD_MIN_LENGTH} characters`)];
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return [fieldError(field, `must have at most ${PASSWORD_MAX_LENGTH} characters`)];
  }
  return [];
}

export function checkDisplayName(displayName: string, field = 'displayName'): FieldError[] {
  const value = displayName.trim();
  if (value.length === 0) return [fieldError(field, 'must not be empty')];
  if (value.length > DISPLAY_NAME_MAX_LENGTH) {
    return [fieldError(field, `must have at most ${DISPLAY_NAME_MAX_LENGTH} characters`)];
  }
  return [];
}

export function checkSelfChosenRole(role: Role, field = 'role'): FieldError[] {
  if (!SELF_CHOSEN_ROLES.includes(role)) {
    return [fieldError(field, `must be ${SELF_CHOSEN_ROLES.join(' or ')}; other roles are granted`)];
  }
  return [];
}

export function checkSkills(skills: readonly unknown[] | null | undefined, field = 'skills'): FieldError[] {
  if (!skills) return [];
  const unknown = skills.filter((skill) => !isHelpCategory(skill));
  if (unknown.length) return [fieldError(field, `has unknown categories: ${unknown.join(', ')}`)];
  return [];
}

/** Skills without repeats, in a stable order. */
export function uniqueSkills(skills: readonly HelpCategory[]): HelpCategory[] {
  return [...new Set(skills)].sort();
}
