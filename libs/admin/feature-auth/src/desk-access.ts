import type { Role } from '@relais/admin-data-access';

/** The API lets only these roles list people; the desk is of no use to anyone else. */
export function canUseDesk(roles: readonly Role[]): boolean {
  return roles.includes('ADMIN') || roles.includes('ORGANISER');
}

export function isAdmin(roles: readonly Role[]): boolean {
  return roles.includes('ADMIN');
}
