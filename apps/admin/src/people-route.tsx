import { isAdmin, useSession } from '@relais/admin-feature-auth';
import { PeoplePage } from '@relais/admin-feature-people';

export function PeopleRoute() {
  const { viewer } = useSession();
  const admin = Boolean(viewer && isAdmin(viewer.roles));
  return <PeoplePage canGrantOrganiser={admin} canErase={admin} viewerId={viewer?.id} />;
}
