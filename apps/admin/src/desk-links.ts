import type { DeskArea } from '@relais/admin-feature-auth';

export interface DeskLink {
  to: string;
  labelKey: `nav.${DeskArea}`;
  testId: string;
}

/** Where each area of the desk lives, and how the navigation names it. */
export const DESK_LINKS: Record<DeskArea, DeskLink> = {
  queue: { to: '/queue', labelKey: 'nav.queue', testId: 'nav-queue' },
  map: { to: '/', labelKey: 'nav.map', testId: 'nav-map' },
  people: { to: '/people', labelKey: 'nav.people', testId: 'nav-people' },
  leaders: { to: '/leaders', labelKey: 'nav.leaders', testId: 'nav-leaders' },
  campaigns: { to: '/campaigns', labelKey: 'nav.campaigns', testId: 'nav-campaigns' },
  waysToHelp: { to: '/ways-to-help', labelKey: 'nav.waysToHelp', testId: 'nav-ways-to-help' },
  audit: { to: '/audit', labelKey: 'nav.audit', testId: 'nav-audit' },
  retention: { to: '/retention', labelKey: 'nav.retention', testId: 'nav-retention' },
  outreach: { to: '/outreach-settings', labelKey: 'nav.outreach', testId: 'nav-outreach' },
  matchingSettings: { to: '/settings/matching', labelKey: 'nav.matchingSettings', testId: 'nav-matching-settings' },
  leaderSettings: { to: '/settings/leaders', labelKey: 'nav.leaderSettings', testId: 'nav-leader-settings' },
  feed: { to: '/feed', labelKey: 'nav.feed', testId: 'nav-feed' },
  tasks: { to: '/tasks', labelKey: 'nav.tasks', testId: 'nav-tasks' },
  profile: { to: '/profile', labelKey: 'nav.profile', testId: 'nav-profile' },
  myRequests: { to: '/my-requests', labelKey: 'nav.myRequests', testId: 'nav-my-requests' },
};
