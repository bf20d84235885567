import { AuthGuard } from '@relais/admin-feature-auth';
import { ACCOUNT_DELETED_PATH } from '@relais/admin-feature-privacy';
import type { PageTextGroup } from '@relais/admin-i18n';
import type { RouteObject } from 'react-router';
import { Navigate, useRoutes } from 'react-router';
import { AreaRoute } from './area-route';
import { HomeRedirect } from './home-redirect';
import { LanguageSwitch } from './language-switch';
import { lazyPage } from './lazy-page';
import { Shell } from './shell';

// Each page's code loads when it is first shown (./pages names them; the bundle-size check measures each):
// the log-in page and a volunteer's feed need none of the maps' or charts' code. With it come the groups
// of texts it shows beyond the base (BASE_GROUPS); tools/ci/bundle-size.mjs reads these lines to weigh them.
/** Texts of asking for help, which every page listing requests or tasks shows. */
const HELP_TEXTS = ['categories', 'myRequests', 'newRequest', 'post', 'statuses', 'thanks'] as const satisfies PageTextGroup[];
/** Texts of the quartiers' maps. */
const MAP_TEXTS = ['cityMap', 'heat', 'heatMap', 'map'] as const satisfies PageTextGroup[];
const PrivacyPage = lazyPage(() => import('./pages/privacy'), ['privacy']);
const SignUpPage = lazyPage(() => import('./pages/sign-up'), ['addressSearch', 'categories', 'consent', 'post', 'privacy', 'signUp']);
const AccountDeletedPage = lazyPage(() => import('./pages/account-deleted'), ['accountDeleted', 'erasure']);
const HomeRoute = lazyPage(() => import('./pages/home'), [...MAP_TEXTS, 'addressSearch']);
const PeopleRoute = lazyPage(() => import('./pages/people'), ['digestPreview', 'erasePerson', 'erasure', 'grant', 'people', 'roles']);
const QueueRoute = lazyPage(() => import('./pages/queue'), [...HELP_TEXTS, ...MAP_TEXTS, 'addressSearch', 'autoAssign', 'desk', 'queue', 'requestMap']);
const RequestRoute = lazyPage(() => import('./pages/request'), [...HELP_TEXTS, ...MAP_TEXTS, 'addressSearch', 'events', 'queue', 'request', 'requestMap', 'scoreBreakdown', 'scoreComponents']);
const LeadersOverviewPage = lazyPage(() => import('./pages/leaders'), [...HELP_TEXTS, 'ambassador', 'leaders', 'leaderFacts', 'myFacts']);
const NeighbourhoodLeadersRoute = lazyPage(() => import('./pages/neighbourhood-leaders'), [...HELP_TEXTS, ...MAP_TEXTS, 'ambassador', 'leaderComponents', 'leaders', 'scoreBreakdown', 'leaderFacts', 'myFacts']);
const LeaderPersonRoute = lazyPage(() => import('./pages/leader-person'), [...HELP_TEXTS, 'ambassador', 'leaderComponents', 'leaderHints', 'leaderPerson', 'leaders', 'scoreBreakdown', 'leaderFacts', 'myFacts']);
const CampaignsRoute = lazyPage(() => import('./pages/campaigns'), ['campaigns']);
const NewCampaignRoute = lazyPage(() => import('./pages/new-campaign'), ['campaigns', 'relays']);
const CampaignRoute = lazyPage(() => import('./pages/campaign'), ['campaigns', 'relays']);
const WaysToHelpRoute = lazyPage(() => import('./pages/ways-to-help'), ['waysToHelp']);
const AuditLogPage = lazyPage(() => import('./pages/audit'), ['audit']);
const RetentionSettingsPage = lazyPage(() => import('./pages/retention'), ['retention']);
const OutreachSettingsPage = lazyPage(() => import('./pages/outreach-settings'), ['outreach']);
const MatchWeightsSettingsPage = lazyPage(() => import('./pages/matching-settings'), ['categories', 'matchSettings', 'scoreComponents', 'scoringSettings']);
const LeaderSettingsPage = lazyPage(() => import('./pages/leader-settings'), ['leaderComponents', 'leaderHints', 'leaderSettings', 'scoringSettings', 'leaderFacts', 'myFacts']);
const DigestPreviewRoute = lazyPage(() => import('./pages/digest-preview'), ['digestPreview']);
const MyRequestsPage = lazyPage(() => import('./pages/my-requests'), [...HELP_TEXTS, 'addressReads', 'addressSearch', 'requests']);
const FeedPage = lazyPage(() => import('./pages/feed'), [...HELP_TEXTS, 'feed', 'feedLive', 'requests', 'waysToHelp']);
const TasksPage = lazyPage(() => import('./pages/tasks'), [...HELP_TEXTS, 'requests', 'taskUndo', 'tasks']);
const ProfilePage = lazyPage(() => import('./pages/profile'), [...HELP_TEXTS, 'consent', 'days', 'leaderComponents', 'leaderHints', 'leaderPerson', 'profile', 'scoreBreakdown', 'standing', 'leaderFacts', 'myFacts']);
const MyDataPage = lazyPage(() => import('./pages/my-data'), ['accountDeleted', 'deleteAccount', 'erasure', 'myData']);
const RelaysPage = lazyPage(() => import('./pages/relays'), ['relays']);
const IdeasPage = lazyPage(() => import('./pages/ideas'), ['ideas']);
const IdeaPage = lazyPage(() => import('./pages/idea'), ['ideas']);

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
