import type { LeaderComponentName } from '@relais/domain-leaders';

export { LEADER_COMPONENTS, isLeaderComponentName } from '@relais/domain-leaders';

/** One colour per part of a leader score. */
export const LEADER_COLOURS: Record<LeaderComponentName, string> = {
  activity: 'blue.6',
  reach: 'teal.6',
  trust: 'yellow.6',
  reliability: 'indigo.4',
  centrality: 'grape.6',
};
