import { AuthGuard, SignUpPage } from '@relais/admin-feature-auth';
import { RelaysPage } from '@relais/admin-feature-campaigns';
import { OutreachSettingsPage } from '@relais/admin-feature-digest';
import { MyRequestsPage } from '@relais/admin-feature-help-requests';
import { IdeaPage, IdeasPage } from '@relais/admin-feature-ideas';
import { LeadersOverviewPage } from '@relais/admin-feature-leaders';
import { AuditLogPage } from '@relais/admin-feature-people';
import { ACCOUNT_DELETED_PATH, AccountDeletedPage, MyDataPage, PrivacyPage, RetentionSettingsPage } from '@relais/admin-feature-privacy';
import { LeaderSettingsPage, MatchWeightsSettingsPage } from '@relais/admin-feature-scoring-settings';
import { FeedPage, ProfilePage, TasksPage } from '@relais/admin-feature-volunteering';
import { Navigate, createBrowserRouter } from 'react-router';
import { AreaRoute } from './area-route';
import { CampaignRoute, CampaignsRoute, NewCampaignRoute } from './campaigns-routes';
import { HomeRoute } from './home-route';
import { LanguageSwitch } from './language-switch';
import { LeaderPersonRoute, NeighbourhoodLeadersRoute } from './leaders-routes';
import { DigestPreviewRoute, PeopleRoute } from './people-route';
import { QueueRoute } from './queue-route';
import { RequestRoute } from './request-route';
import { Shell } from './shell';
import { WaysToHelpRoute } from './ways-to-help-route';

export function createRouter() {
  return createBrowserRouter([
    // Public: readable before signing up or in, as well as from the desk's menu.
    { path: '/confidentialite', element: <PrivacyPage toolbar={<LanguageSwitch />} /> },
    { path: '/inscription', element: <SignUpPage toolbar={<LanguageSwitch />} /> },
    // Where a person lands once their account is deleted, signed out by then.
    { path: ACCOUNT_DELETED_PATH, element: <AccountDeletedPage toolbar={<LanguageSwitch />} /> },
    {
      path: '/',
      element: (
        <AuthGuard loginToolbar={<LanguageSwitch />}>
          <Shell />
        </AuthGuard>
      ),
      children: [
        { index: true, element: <HomeRoute /> },
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
  ]);
}
