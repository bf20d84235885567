import { isAdmin, useSession } from '@relais/admin-feature-auth';
import { WaysToHelpPage } from '@relais/admin-feature-ways-to-help';

export function WaysToHelpRoute() {
  const { viewer } = useSession();
  return <WaysToHelpPage organiserOf={viewer?.organiserOf ?? []} everywhere={Boolean(viewer && isAdmin(viewer.roles))} />;
}
