import type { Viewer } from '@relais/server-shared';
import { canOrganise } from '@relais/server-shared';
import type { HelpRequest } from './help-request.entity';

type Parties = Pick<HelpRequest, 'requesterId' | 'assigneeId' | 'neighbourhoodId'>;

/** The people in the request itself. */
export function isParty(viewer: Viewer | null, request: Parties): boolean {
  return !!viewer && (viewer.id === request.requesterId || viewer.id === request.assigneeId);
}

/** Who sees the exact address and location: the parties, organisers of its neighbourhood, ADMIN. */
export function maySeeExact(viewer: Viewer | null, request: Parties): boolean {
  return isParty(viewer, request) || canOrganise(viewer, request.neighbourhoodId);
}
