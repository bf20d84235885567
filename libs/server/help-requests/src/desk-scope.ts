import { Role } from '@relais/domain-people';
import type { Viewer } from '@relais/server-shared';
import { canOrganise, forbidden, isAdmin } from '@relais/server-shared';

/** The quartiers an organiser's desk covers: all of them for ADMIN, or a list. */
export type DeskScope = { everywhere: true } | { everywhere: false; neighbourhoodIds: readonly string[] };

/**
 * What the desk of this caller covers: the one quartier asked for if they organise it; without
 * one, every quartier they organise (ADMIN: the whole city). Anyone else is refused.
 */
export function deskScope(viewer: Viewer, neighbourhoodId: string | null): DeskScope {
  if (neighbourhoodId !== null) {
    if (!canOrganise(viewer, neighbourhoodId)) throw forbidden('only an organiser of this neighbourhood may do this');
    return { everywhere: false, neighbourhoodIds: [neighbourhoodId] };
  }
  if (isAdmin(viewer)) return { everywhere: true };
  if (!viewer.roles.includes(Role.ORGANISER) || viewer.organiserOf.size === 0) throw forbidden('only an organiser has a desk');
  return { everywhere: false, neighbourhoodIds: [...viewer.organiserOf].sort() };
}

/** Whether a request of this quartier belongs on the desk. */
export function inDeskScope(scope: DeskScope, neighbourhoodId: string | null): boolean {
  return scope.everywhere || (neighbourhoodId !== null && scope.neighbourhoodIds.includes(neighbourhoodId));
}
