export enum Role {
  RESIDENT = 'RESIDENT',
  VOLUNTEER = 'VOLUNTEER',
  ORGANISER = 'ORGANISER',
  ADMIN = 'ADMIN',
}

/** The roles a person may give themselves; the others are granted. */
export const SELF_CHOSEN_ROLES: readonly Role[] = [Role.RESIDENT, Role.VOLUNTEER];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (Object.values(Role) as string[]).includes(value);
}
