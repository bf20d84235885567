import { isAdmin, useSession } from '@relais/admin-feature-auth';
import { LEADERS_PATH, LeaderPersonPage, NeighbourhoodLeadersPage } from '@relais/admin-feature-leaders';
import { Navigate, useParams } from 'react-router';

export function NeighbourhoodLeadersRoute() {
  const { neighbourhoodId } = useParams();
  const { viewer } = useSession();
  if (!neighbourhoodId) return <Navigate to={LEADERS_PATH} replace />;
  // Keyed by quartier: another one starts with its own filters and first page.
  return (
    <NeighbourhoodLeadersPage
      key={neighbourhoodId}
      neighbourhoodId={neighbourhoodId}
      organiserOf={viewer?.organiserOf ?? []}
      everywhere={Boolean(viewer && isAdmin(viewer.roles))}
    />
  );
}

export function LeaderPersonRoute() {
  const { neighbourhoodId, personId } = useParams();
  if (!neighbourhoodId || !personId) return <Navigate to={LEADERS_PATH} replace />;
  return <LeaderPersonPage key={personId} neighbourhoodId={neighbourhoodId} personId={personId} />;
}
