import { isAdmin, useSession } from '@relais/admin-feature-auth';
import { QueuePage } from '@relais/admin-feature-queue';

export function QueueRoute() {
  const { viewer } = useSession();
  return <QueuePage organiserOf={viewer?.organiserOf ?? []} everywhere={Boolean(viewer && isAdmin(viewer.roles))} />;
}
