import { AuthGuard } from '@relais/admin-feature-auth';
import { NeighbourhoodsPage } from '@relais/admin-feature-neighbourhoods';
import { Navigate, createBrowserRouter } from 'react-router';
import { LanguageSwitch } from './language-switch';
import { PeopleRoute } from './people-route';
import { Shell } from './shell';

export function createRouter() {
  return createBrowserRouter([
    {
      path: '/',
      element: (
        <AuthGuard loginToolbar={<LanguageSwitch />}>
          <Shell />
        </AuthGuard>
      ),
      children: [
        { index: true, element: <NeighbourhoodsPage /> },
        { path: 'people', element: <PeopleRoute /> },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ]);
}
