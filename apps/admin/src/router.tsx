import { AuthGuard } from '@relais/admin-feature-auth';
import { ACCOUNT_DELETED_PATH } from '@relais/admin-feature-privacy';
import type { RouteObject } from 'react-router';
import { Navigate, useRoutes } from 'react-router';
import { AreaRoute } from './area-route';
import { HomeRedirect } from './home-redirect';
import { LanguageSwitch } from './language-switch';
import { lazyPage } from './lazy-page';
import { Shell } from './shell';

// Each page's code loads when it is first shown (./pages names them; the bundle-size check measures each):
// the log-in page and a volunteer's feed need none of the maps' or charts' code.
const PrivacyPage = lazyPage(() => import('./pages/privacy'));
const SignUpPage = lazyPage(() => import('./pages/sign-up'));
const AccountDeletedPage = lazyPage(() => import('./pages/account-deleted'));
const HomeRoute = lazyPage(() => import('./pages/home'));
const PeopleRoute = lazyPage(() => import('./pages/people'));
const QueueRoute = lazyPage(() => import('./pages/queue'));
const RequestRoute = lazyPage(() => import('./pages/request'));
const LeadersOverviewPage = lazyPage(() => import('./pages/leaders'));
const NeighbourhoodLeadersRoute = lazyPage(() => import('./pages/neighbourhood-leaders'));
const LeaderPersonRoute = lazyPage(() => import('./pages/leader-person'));
const CampaignsRoute = lazyPage(() => import('./pages/campaigns'));
const NewCampaignRoute = lazyPage(() => import('./pages/new-campaign'));
const CampaignRoute = lazyPage(() => import('./pages/campaign'));
const WaysToHelpRoute = lazyPage(() => import('./pages/ways-to-help'));
const AuditLogPage = lazyPage(() => import('./pages/audit'));
const RetentionSettingsPage = lazyPage(() => import('./pages/retention'));
const OutreachSettingsPage = lazyPage(() => import('./pages/outreach-settings'));
const MatchWeightsSettingsPage = lazyPage(() => import('./pages/matching-settings'));
const LeaderSettingsPage = lazyPage(() => import('./pages/leader-settings'));
const DigestPreviewRoute = lazyPage(() => import('./pages/digest-preview'));
const MyRequestsPage = lazyPage(() => import('./pages/my-requests'));
const FeedPage = lazyPage(() => import('./pages/feed'));
const TasksPage = lazyPage(() => import('./pages/tasks'));
const ProfilePage = lazyPage(() => import('./pages/profile'));
const MyDataPage = lazyPage(() => import('./pages/my-data'));
const RelaysPage = lazyPage(() => import('./pages/relays'));
const IdeasPage = lazyPage(() => import('./pages/ideas'));
const IdeaPage = lazyPage(() => import('./pages/idea'));

export function AppRoutes() {
  return useRoutes(routes());
}

/** The app's route table: a unit test holds every page in it to lazyPage. */
export function routes(): RouteObject[] {
  return [
    // Public: readable before signing up or in, as well as from the desk's menu.
    { path: '/confidentialite', element: <PrivacyPage toolbar={<LanguageSwitch />} /> },
    { path: '/inscription', element: <SignUpPage toolbar={<LanguageSwitch />} /> },
    // Where a person lands once their account is deleted, signed out by then.
    { path: ACCOUNT_DELETED_PATH, element: <AccountDeletedPage toolbar={<LanguageSwitch />} /> },
    {
      path: '/',
      element: (
        <AuthGuard loginToolbar={<LanguageSwitch />} pending={<Shell pending />}>
          <Shell />
        </AuthGuard>
      ),
      children: [
        { index: true, element: <HomeRedirect><HomeRoute /></HomeRedirect> },
        { path: 'people', element: <AreaRoute area="people"><PeopleRoute /></AreaRoute> },
        { path: 'queue', element: <AreaRoute area="queue"><QueueRoute /></AreaRoute> },
        { path: 'requests/:id', element: <AreaRoute area="queue"><RequestRoute /></AreaRoute> },
        { path: 'leaders', element: <AreaRoute area="leaders"><LeadersOverviewPage /></AreaRoute> },
        { path: 'leaders/:neighbourhoodId', element: <AreaRoute area="leaders"><NeighbourhoodLeadersRoute /></AreaRoute> },
        { path: 'leaders/:neighbourhoodId/people/:personId', element: <AreaRoute area="leaders"><LeaderPersonRoute /></AreaRoute> },
        { path: 'campaigns', element: <AreaRoute area="campaigns"><CampaignsRoute /></AreaRoute> },
        { path: 'campaigns/new', element: <AreaRoute area="campaigns"><NewCampaignRoute /></AreaRoute> },
        { path: 'campaigns/:id', element: <AreaRoute area="campaigns"><CampaignRoute /></AreaRoute> },
        { path: 'ways-to-help', element: <AreaRoute area="waysToHelp"><WaysToHelpRoute /></AreaRoute> },
        { path: 'audit', element: <AreaRoute area="audit"><AuditLogPage /></AreaRoute> },
        { path: 'retention', element: <AreaRoute area="retention"><RetentionSettingsPage /></AreaRoute> },
        { path: 'outreach-settings', element: <AreaRoute area="outreach"><OutreachSettingsPage /></AreaRoute> },
        { path: 'settings/matching', element: <MatchWeightsSettingsPage /> },
        { path: 'settings/leaders', element: <LeaderSettingsPage /> },
        { path: 'digest-preview/:personId', element: <AreaRoute area="people"><DigestPreviewRoute /></AreaRoute> },
        { path: 'my-requests', element: <AreaRoute area="myRequests"><MyRequestsPage /></AreaRoute> },
        { path: 'feed', element: <AreaRoute area="feed"><FeedPage /></AreaRoute> },
        { path: 'tasks', element: <AreaRoute area="tasks"><TasksPage /></AreaRoute> },
        { path: 'profile', element: <AreaRoute area="profile"><ProfilePage /></AreaRoute> },
        // Every signed-in role: everyone has a right to their data.
        { path: 'my-data', element: <MyDataPage /> },
        // Every signed-in role: the relay mail sends ambassadors here; anyone else finds it empty.
        { path: 'relays', element: <RelaysPage /> },
        { path: 'ideas', element: <IdeasPage /> },
        { path: 'ideas/:id', element: <IdeaPage /> },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ];
}
