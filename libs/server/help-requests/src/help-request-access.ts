import { HelpRequestStatus } from '@relais/domain-help-requests';
import { Role } from '@relais/domain-people';
import type { Viewer } from '@relais/server-shared';
import { canOrganise } from '@relais/server-shared';
import type { HelpRequest } from './help-request.entity';

type Parties = Pick<HelpRequest, 'requesterId' | 'assigneeId' | 'neighbourhoodId'>;
type Known = Parties & Pick<HelpRequest, 'status'>;

/** The people in the request itself. */
export function isParty(viewer: Viewer | null, request: Parties): boolean {
  return !!viewer && (viewer.id === request.requesterId || viewer.id === request.assigneeId);
}

/** Who sees the exact address and location: the parties, organisers of its neighbourhood, ADMIN. */
export function maySeeExact(viewer: Viewer | null, request: Parties): boolean {
  return isParty(viewer, request) || canOrganise(viewer, request.neighbourhoodId);
}

/** The audit action of a read of a request's exact address or location. */
export const READ_ADDRESS = 'READ_ADDRESS';

/** The role under which someone other than the requester sees the exact place. */
export function addressReaderRole(viewer: Viewer, request: Parties): Role.VOLUNTEER | Role.ORGANISER | Role.ADMIN {
  if (viewer.id === request.assigneeId) return Role.VOLUNTEER;
  const organises = viewer.roles.includes(Role.ORGANISER) && !!request.neighbourhoodId && viewer.organiserOf.has(request.neighbourhoodId);
  return organises ? Role.ORGANISER : Role.ADMIN;
}

/**
 * Who may know the request exists: those who see it exactly, and volunteers as the caller says —
 * while it is OPEN (to take it), always (to hear CONFLICT rather than NOT_FOUND when they race
 * for it), or never (changes only its parties and organisers make).
 */
export function mayKnow(viewer: Viewer | null, request: Known, volunteers: 'while open' | 'always' | 'never'): boolean {
  if (maySeeExact(viewer, request)) return true;
  if (volunteers === 'never' || !viewer?.roles.includes(Role.VOLUNTEER)) return false;
  return volunteers === 'always' || request.status === HelpRequestStatus.OPEN;
}
