import type { Role } from '@relais/admin-data-access';

/** The pages of the desk; each role opens some of them. */
export type DeskArea = 'myRequests' | 'feed' | 'tasks' | 'profile' | 'queue' | 'map' | 'people' | 'leaders' | 'campaigns' | 'waysToHelp' | 'audit' | 'retention' | 'outreach' | 'matchingSettings' | 'leaderSettings';

// Listed in the order the navigation shows them.
const AREAS_BY_ROLE: Record<Role, readonly DeskArea[]> = {
  ADMIN: ['queue', 'map', 'people', 'leaders', 'campaigns', 'waysToHelp', 'audit', 'retention', 'outreach', 'matchingSettings', 'leaderSettings', 'profile'],
  ORGANISER: ['queue', 'map', 'people', 'leaders', 'campaigns', 'waysToHelp', 'profile'],
  VOLUNTEER: ['feed', 'tasks', 'profile', 'myRequests'],
  // Everyone has consents to see and withdraw on their profile.
  RESIDENT: ['myRequests', 'profile'],
};

/** What a person with these roles may open: the union of their roles' pages, organising first. */
export function deskAreas(roles: readonly Role[]): DeskArea[] {
  const order: Role[] = ['ADMIN', 'ORGANISER', 'VOLUNTEER', 'RESIDENT'];
  const areas = new Set<DeskArea>();
  for (const role of order) {
    if (roles.includes(role)) AREAS_BY_ROLE[role].forEach((area) => areas.add(area));
  }
  return [...areas];
}

export function canOpen(roles: readonly Role[], area: DeskArea): boolean {
  return deskAreas(roles).includes(area);
}

/** Every signed-in person has a role, and every role has pages here. */
export function canUseDesk(roles: readonly Role[]): boolean {
  return deskAreas(roles).length > 0;
}

export function isAdmin(roles: readonly Role[]): boolean {
  return roles.includes('ADMIN');
}
