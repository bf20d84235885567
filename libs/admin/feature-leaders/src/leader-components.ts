import type { LeaderComponentName } from '@relais/domain-leaders';

// Only types come from @relais/domain-leaders here: its values would bring the score's PageRank
// (graphology) into the browser. leader-components.spec.ts checks these against the domain's.

/** One colour per part of a leader score, in the order the API lists them and the app shows them. */
export const LEADER_COLOURS: Record<LeaderComponentName, string> = {
  activity: 'blue.6',
  reach: 'teal.6',
  trust: 'yellow.6',
  reliability: 'indigo.4',
  centrality: 'grape.6',
};

export const LEADER_COMPONENTS = Object.keys(LEADER_COLOURS) as readonly LeaderComponentName[];

export function isLeaderComponentName(name: string): name is LeaderComponentName {
  return Object.hasOwn(LEADER_COLOURS, name);
}
