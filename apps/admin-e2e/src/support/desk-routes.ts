import { DEMO } from './demo-accounts';
import { apiToken, graphql } from './graphql-client';

export type DemoRole = keyof typeof DEMO;

/** One page of the desk as a role reaches it: a name for the report and the path to open. */
export interface DeskRoute {
  name: string;
  path: string;
}

interface Ids {
  me: { id: string; neighbourhood: { id: string } | null; organiserOf: { id: string }[] };
  ideas: { id: string }[];
}

const IDS = '{ me { id neighbourhood { id } organiserOf { id } } ideas(first: 1, order: NEW) { id } }';
const ORGANISING = `query ($neighbourhoodId: ID!) {
  helpRequestQueue(neighbourhoodId: $neighbourhoodId, first: 1, offset: 0) { items { id } }
  leaderBoard(neighbourhoodId: $neighbourhoodId, first: 1, offset: 0) { items { person { id } } }
  people(neighbourhoodId: $neighbourhoodId, role: VOLUNTEER, first: 1) { items { id } }
  campaigns(neighbourhoodId: $neighbourhoodId) { id }
}`;

interface Organising {
  helpRequestQueue: { items: { id: string }[] };
  leaderBoard: { items: { person: { id: string } }[] };
  people: { items: { id: string }[] };
  campaigns: { id: string }[];
}

const COMMON: DeskRoute[] = [
  { name: 'home', path: '/' },
  { name: 'profile', path: '/profile' },
  { name: 'my data', path: '/my-data' },
  { name: 'relays', path: '/relays' },
  { name: 'ideas', path: '/ideas' },
];

/** Every page a demo account may open, the pages about one thing given a real one of the demo city. */
export async function deskRoutes(url: string, role: DemoRole): Promise<{ token: string; routes: DeskRoute[] }> {
  const token = await apiToken(url, DEMO[role]);
  const { me, ideas } = await graphql<Ids>(url, IDS, {}, token);
  const routes = [...COMMON];
  const idea = ideas[0];
  if (idea) routes.push({ name: 'an idea', path: `/ideas/${idea.id}` });

  if (role === 'volunteer') routes.push({ name: 'feed', path: '/feed' }, { name: 'tasks', path: '/tasks' }, { name: 'my requests', path: '/my-requests' });
  if (role === 'resident') routes.push({ name: 'my requests', path: '/my-requests' });
  if (role === 'admin' || role === 'organiser') {
    routes.push(
      { name: 'queue', path: '/queue' },
      { name: 'people', path: '/people' },
      { name: 'leaders', path: '/leaders' },
      { name: 'campaigns', path: '/campaigns' },
      { name: 'new campaign', path: '/campaigns/new' },
      { name: 'ways to help', path: '/ways-to-help' },
    );
    const neighbourhoodId = me.organiserOf[0]?.id ?? me.neighbourhood?.id;
    if (!neighbourhoodId) throw new Error(`the demo ${role} has no quartier`);
    const found = await graphql<Organising>(url, ORGANISING, { neighbourhoodId }, token);
    routes.push({ name: 'quartier leaders', path: `/leaders/${neighbourhoodId}` });
    const request = found.helpRequestQueue.items[0];
    if (request) routes.push({ name: 'a request', path: `/requests/${request.id}` });
    const leader = found.leaderBoard.items[0];
    if (leader) routes.push({ name: 'a leader', path: `/leaders/${neighbourhoodId}/people/${leader.person.id}` });
    const volunteer = found.people.items[0];
    if (volunteer) routes.push({ name: 'digest preview', path: `/digest-preview/${volunteer.id}` });
    const campaign = found.campaigns[0];
    if (campaign) routes.push({ name: 'a campaign', path: `/campaigns/${campaign.id}` });
  }
  if (role === 'admin') {
    routes.push({ name: 'audit log', path: '/audit' }, { name: 'retention', path: '/retention' }, { name: 'outreach settings', path: '/outreach-settings' });
  }
  return { token, routes };
}

/** Pages read before signing in. */
export const PUBLIC_ROUTES: DeskRoute[] = [
  { name: 'log-in', path: '/' },
  { name: 'sign-up', path: '/inscription' },
  { name: 'privacy', path: '/confidentialite' },
];
