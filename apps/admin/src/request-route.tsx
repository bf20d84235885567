import { HelpRequestPage } from '@relais/admin-feature-queue';
import { Navigate, useParams } from 'react-router';

export function RequestRoute() {
  const { id } = useParams();
  if (!id) return <Navigate to="/queue" replace />;
  // Keyed by id: moving from one request to another starts the page afresh.
  return <HelpRequestPage key={id} id={id} />;
}
