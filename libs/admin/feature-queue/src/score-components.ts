import type { MatchComponentName } from '@relais/domain-matching';
import { MATCH_COMPONENTS } from '@relais/domain-matching';

/** The parts of a match score the API names, in the order bars and legends show them. */
export const SCORE_COMPONENTS = MATCH_COMPONENTS;

export type ScoreComponentName = MatchComponentName;

export const COMPONENT_COLOURS: Record<ScoreComponentName, string> = {
  proximity: 'teal.6',
  availability: 'blue.5',
  reliability: 'indigo.6',
  rating: 'yellow.6',
  load: 'orange.5',
  sameNeighbourhood: 'lime.6',
  language: 'grape.5',
  continuity: 'pink.5',
  fairness: 'cyan.7',
};

export function isScoreComponentName(name: string): name is ScoreComponentName {
  return (SCORE_COMPONENTS as readonly string[]).includes(name);
}
