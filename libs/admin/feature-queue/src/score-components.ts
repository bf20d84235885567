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

/** A name the API added after this app was built still shows, in grey and untranslated. */
export const UNKNOWN_COMPONENT_COLOUR = 'gray.5';

export function isScoreComponentName(name: string): name is ScoreComponentName {
  return (SCORE_COMPONENTS as readonly string[]).includes(name);
}

export interface ScorePart {
  name: string;
  value: number;
  weight: number;
}

/** What a part adds to the score: its value times its (normalised) weight. */
export function contribution(part: ScorePart): number {
  return part.value * part.weight;
}

/** Known parts first in their usual order, the rest after, so every bar reads the same way. */
export function orderParts<T extends ScorePart>(parts: readonly T[]): T[] {
  const rank = (name: string) => (isScoreComponentName(name) ? SCORE_COMPONENTS.indexOf(name) : SCORE_COMPONENTS.length);
  return [...parts].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}
