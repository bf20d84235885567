import type { DeskArea } from '@relais/admin-feature-auth';
import { canOpen, useSession } from '@relais/admin-feature-auth';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router';

export interface AreaRouteProps {
  area: DeskArea;
  children: ReactNode;
}

/** A page some roles may not open: anyone else goes back to their own home page. */
export function AreaRoute({ area, children }: AreaRouteProps) {
  const { viewer } = useSession();
  if (!viewer || !canOpen(viewer.roles, area)) return <Navigate to="/" replace />;
  return children;
}
