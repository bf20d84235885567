import { HelpRequestStatus } from '@relais/domain-help-requests';
import { Role } from '@relais/domain-people';
import type { Viewer } from '@relais/server-shared';
import { canOrganise } from '@relais/server-shared';
import type { HelpRequest } from './help-request.entity';

type Parties = Pick<HelpRequest, 'requesterId' | 'assigneeId' | 'neighbourhoodId'>;
type Known = Parties & Pick<HelpRequest, 'status'>;
type Placed = Known & Pick<HelpRequest, 'closedAt' | 'updatedAt'>;

/** A request's life is over in these: nothing more happens to it, and retention counts from then. */
export const CLOSED_STATUSES: readonly HelpRequestStatus[] = [HelpRequestStatus.DONE, HelpRequestStatus.CANCELLED, HelpRequestStatus.EXPIRED];

/**
 * How long the volunteer who held a request still sees its exact place once it closed: enough
 * to bring back a forgotten receipt or a set of keys, not a standing record of where the
 * neighbour lives.
 */
export const ASSIGNEE_SIGHT_AFTER_CLOSING_DAYS = 7;
const DAY_MS = 86_400_000;

/** The people in the request itself. */
export function isParty(viewer: Viewer | null, request: Parties): boolean {
  return !!viewer && (viewer.id === request.requesterId || viewer.id === request.assigneeId);
}

/** Who follows the request (its history, the thanks): the parties, organisers of its neighbourhood, ADMIN. */
export function mayFollow(viewer: Viewer | null, request: Parties): boolean {
  return isParty(viewer, request) || canOrganise(viewer, request.neighbourhoodId);
}

/**
 * Who sees the exact address and location: the requester, organisers of its neighbourhood and
 * ADMIN always; the assignee while they hold it, and for ASSIGNEE_SIGHT_AFTER_CLOSING_DAYS after
 * it closed. That holds for a DONE request and for one cancelled while they held it alike: a
 * volunteer whose task was called off has no more need of the place than one who did it.
 * (EXPIRED requests have no assignee: only OPEN ones expire.) A closed row without a closing
 * time (written outside HelpRequestMoves) counts from its last change.
 */
export function maySeeExact(viewer: Viewer | null, request: Placed, now: Date = new Date()): boolean {
  if (!viewer) return false;
  if (viewer.id === request.requesterId || canOrganise(viewer, request.neighbourhoodId)) return true;
  if (viewer.id !== request.assigneeId) return false;
  if (!CLOSED_STATUSES.includes(request.status)) return true;
  const closedAt = request.closedAt ?? request.updatedAt;
  return now.getTime() < closedAt.getTime() + ASSIGNEE_SIGHT_AFTER_CLOSING_DAYS * DAY_MS;
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
 * Who may know the request exists: those who follow it, and volunteers as the caller says —
 * while it is OPEN (to take it), always (to hear CONFLICT rather than NOT_FOUND when they race
 * for it), or never (changes only its parties and organisers make).
 */
export function mayKnow(viewer: Viewer | null, request: Known, volunteers: 'while open' | 'always' | 'never'): boolean {
  if (mayFollow(viewer, request)) return true;
  if (volunteers === 'never' || !viewer?.roles.includes(Role.VOLUNTEER)) return false;
  return volunteers === 'always' || request.status === HelpRequestStatus.OPEN;
}
