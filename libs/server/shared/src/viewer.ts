import { Role } from '@relais/domain-people';
import { forbidden, unauthenticated } from './api-errors';

/** Who is calling, resolved once per request from the bearer token. */
export interface Viewer {
  id: string;
  roles: readonly Role[];
  /** Neighbourhood ids this person organises. */
  organiserOf: ReadonlySet<string>;
}

export interface RequestContext {
  viewer: Viewer | null;
  /** Caller's address, for throttling. */
  ip: string;
  /** The HTTP request's id in the logs (X-Request-Id). */
  requestId?: string;
  /**
   * Set for a subscription: who opened it and until when their token holds. The viewer is read
   * again at each event (rights change and tokens expire while a socket stays open).
   */
  subscriber?: Subscriber;
}

export interface Subscriber {
  personId: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export function isAdmin(viewer: Viewer | null): boolean {
  return !!viewer?.roles.includes(Role.ADMIN);
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

export function requireRole(viewer: Viewer | null, role: Role): Viewer {
  const signedIn = requireViewer(viewer);
  if (!signedIn.roles.includes(role) && !isAdmin(signedIn)) {
    throw forbidden(`only a ${role.toLowerCase()} may do this`);
  }
  return signedIn;
}

/** ADMIN acts everywhere; an ORGANISER only where they were granted. */
export function canOrganise(viewer: Viewer | null, neighbourhoodId: string | null | undefined): boolean {
  if (isAdmin(viewer)) return true;
  return !!viewer && !!neighbourhoodId && viewer.roles.includes(Role.ORGANISER) && viewer.organiserOf.has(neighbourhoodId);
}

export function requireOrganiserOf(viewer: Viewer | null, neighbourhoodId: string): Viewer {
  const signedIn = requireViewer(viewer);
  if (!canOrganise(signedIn, neighbourhoodId)) {
    throw forbidden('only an organiser of this neighbourhood may do this');
  }
  return signedIn;
}
