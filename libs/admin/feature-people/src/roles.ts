import type { Role } from '@relais/admin-data-access';

/** In the order the filter lists them: most responsibility first. */
export const ROLES: readonly Role[] = ['ADMIN', 'ORGANISER', 'VOLUNTEER', 'RESIDENT'];

export const ROLE_COLOURS: Record<Role, string> = {
  ADMIN: 'red',
  ORGANISER: 'grape',
  VOLUNTEER: 'teal',
  RESIDENT: 'gray',
};

export function isRole(value: string | null): value is Role {
  return value !== null && (ROLES as readonly string[]).includes(value);
}
