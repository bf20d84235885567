import { isAdmin, useSession } from '@relais/admin-feature-auth';
import { DigestPreviewPage, digestPreviewPath } from '@relais/admin-feature-digest';
import { PeoplePage } from '@relais/admin-feature-people';
import { Navigate, useLocation, useParams } from 'react-router';

export function PeopleRoute() {
  const { viewer } = useSession();
  const admin = Boolean(viewer && isAdmin(viewer.roles));
  return <PeoplePage canGrantOrganiser={admin} canErase={admin} viewerId={viewer?.id} digestPreviewPath={digestPreviewPath} />;
}

/** The people list passes the person's name along; a link opened on its own shows the page without it. */
export function DigestPreviewRoute() {
  const { personId } = useParams();
  const { state } = useLocation() as { state: unknown };
  const displayName = typeof state === 'object' && state !== null && 'displayName' in state && typeof state.displayName === 'string' ? state.displayName : undefined;
  if (!personId) return <Navigate to="/people" replace />;
  return <DigestPreviewPage key={personId} personId={personId} displayName={displayName} backTo="/people" />;
}
