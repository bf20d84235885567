import { Role } from '@relais/domain-people';
import type { Viewer } from '@relais/server-shared';
import { canOrganise } from '@relais/server-shared';
import type { Person } from './person.entity';

/**
 * A person's private fields (e-mail, profile, referral code, consents, organiser or ambassador
 * role: what says how engaged they are) are theirs, their organisers' (where they live) and
 * ADMIN's. A volunteer reading a requester, or a resident reading their volunteer, sees a name.
 */
export function maySeePrivate(viewer: Viewer | null, person: Pick<Person, 'id' | 'neighbourhoodId'>): boolean {
  return viewer?.id === person.id || canOrganise(viewer, person.neighbourhoodId);
}

/** The roles anyone who meets the person may know: the ones mutual aid is about. */
const PUBLIC_ROLES: ReadonlySet<Role> = new Set([Role.RESIDENT, Role.VOLUNTEER]);

export function visibleRoles(viewer: Viewer | null, person: Pick<Person, 'id' | 'neighbourhoodId' | 'roles'>): Role[] {
  return maySeePrivate(viewer, person) ? person.roles : person.roles.filter((role) => PUBLIC_ROLES.has(role));
}
