import { canOpen, deskAreas, useSession } from '@relais/admin-feature-auth';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { DESK_LINKS } from './desk-links';

export interface HomeRedirectProps {
  /** The quartiers map, loaded on demand. */
  children: ReactNode;
}

/**
 * "/" is the quartiers map for organisers; everyone else goes to their first page at once. Loaded
 * with the app, not with the map, so a volunteer signing in never waits for the map's code.
 */
export function HomeRedirect({ children }: HomeRedirectProps) {
  const { viewer } = useSession();
  const roles = viewer?.roles ?? [];
  if (canOpen(roles, 'map')) return children;
  const first = deskAreas(roles)[0];
  // AuthGuard lets in only people with some area, so `first` exists; the map is a safe fallback.
  return first ? <Navigate to={DESK_LINKS[first].to} replace /> : children;
}
