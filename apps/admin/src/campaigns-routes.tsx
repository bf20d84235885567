import { isAdmin, useSession } from '@relais/admin-feature-auth';
import { CAMPAIGNS_PATH, CampaignPage, CampaignsPage, NewCampaignPage } from '@relais/admin-feature-campaigns';
import { Navigate, useParams } from 'react-router';

export function CampaignsRoute() {
  const { viewer } = useSession();
  const organises = Boolean(viewer && (isAdmin(viewer.roles) || viewer.organiserOf.length > 0));
  return <CampaignsPage organises={organises} />;
}

export function NewCampaignRoute() {
  const { viewer } = useSession();
  return <NewCampaignPage organiserOf={viewer?.organiserOf ?? []} everywhere={Boolean(viewer && isAdmin(viewer.roles))} />;
}

export function CampaignRoute() {
  const { id } = useParams();
  if (!id) return <Navigate to={CAMPAIGNS_PATH} replace />;
  return <CampaignPage key={id} id={id} />;
}
