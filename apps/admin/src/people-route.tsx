import { isAdmin, useSession } from '@relais/admin-feature-auth';
import { PeoplePage } from '@relais/admin-feature-people';

export function PeopleRoute() {
  const { viewer } = useSession();
  return <PeoplePage canGrantOrganiser={Boolean(viewer && isAdmin(viewer.roles))} />;
}
