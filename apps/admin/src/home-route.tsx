import { canOpen, deskAreas, useSession } from '@relais/admin-feature-auth';
import { NeighbourhoodsPage } from '@relais/admin-feature-neighbourhoods';
import { queuePath } from '@relais/admin-feature-queue';
import { Navigate } from 'react-router';
import { DESK_LINKS } from './desk-links';

/** "/" is the quartiers map for organisers; everyone else lands on their first page. */
export function HomeRoute() {
  const { viewer } = useSession();
  const roles = viewer?.roles ?? [];
  const map = <NeighbourhoodsPage ownIds={viewer?.organiserOf.map((n) => n.id)} queuePath={queuePath} />;
  if (canOpen(roles, 'map')) return map;
  const first = deskAreas(roles)[0];
  // AuthGuard lets in only people with some area, so `first` exists; the map is a safe fallback.
  return first ? <Navigate to={DESK_LINKS[first].to} replace /> : map;
}
