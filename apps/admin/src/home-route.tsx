import { useSession } from '@relais/admin-feature-auth';
import { NeighbourhoodsPage } from '@relais/admin-feature-neighbourhoods';
import { queuePath } from '@relais/admin-feature-queue';

/** "/": the quartiers map (HomeRedirect sends those who may not open it to their first page). */
export function HomeRoute() {
  const { viewer } = useSession();
  return <NeighbourhoodsPage ownIds={viewer?.organiserOf.map((n) => n.id)} queuePath={queuePath} />;
}
