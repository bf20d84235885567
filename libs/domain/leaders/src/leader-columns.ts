import type { GiverColumns } from './giver-standing';
import { giverColumnsOf } from './giver-standing';
import { IdNumbering } from './id-numbering';
import type { InteractionKind } from './interaction-kinds';
import { ENDORSEMENT, HELP, REFERRAL } from './interaction-kinds';
import { validRating } from './leader-components';
import type { CityLeaderInput } from './leader-types';

export { ENDORSEMENT, HELP, REFERRAL } from './interaction-kinds';
export type { InteractionKind } from './interaction-kinds';

/** One row per volunteer; a person appears at most once. */
export interface VolunteerColumns {
  count: number;
  person: Int32Array;
  /** Index into `LeaderColumns.neighbourhoodIds`. */
  neighbourhood: Int32Array;
  /** 1 if they agreed to be ranked. */
  consent: Uint8Array;
  taken: Float64Array;
  completed: Float64Array;
  givenBack: Float64Array;
}

/**
 * One row per interaction, pointing at whom it credits: helped → helper, endorser → endorsed,
 * recruit → recruiter.
 */
export interface InteractionColumns {
  count: number;
  kind: Uint8Array;
  source: Int32Array;
  target: Int32Array;
  /** Epoch milliseconds. */
  at: Float64Array;
  /** A help's rating on 1..5; 0 when there is none (not thanked, or not a help). */
  rating: Float64Array;
}

/**
 * A city's interactions in columns, people numbered 0..people − 1: what scoring works on. A million
 * interactions as objects with string ids cost more to build, look up and collect than to score;
 * as typed arrays they are read straight from the database's bytes (see the leaders server lib).
 */
export interface LeaderColumns {
  people: number;
  /** The id of a person by number; only called for the people ranked. */
  personId(person: number): string;
  neighbourhoodIds: readonly string[];
  volunteers: VolunteerColumns;
  interactions: InteractionColumns;
  /**
   * The records of the people who give endorsements and referrals in `interactions` (at least), made
   * from the whole city's: what their signals are weighed by (see `giver-standing.ts`).
   */
  givers: GiverColumns;
}

export function volunteerColumns(count: number): VolunteerColumns {
  return {
    count,
    person: new Int32Array(count),
    neighbourhood: new Int32Array(count),
    consent: new Uint8Array(count),
    taken: new Float64Array(count),
    completed: new Float64Array(count),
    givenBack: new Float64Array(count),
  };
}

export function interactionColumns(count: number): InteractionColumns {
  return {
    count,
    kind: new Uint8Array(count),
    source: new Int32Array(count),
    target: new Int32Array(count),
    at: new Float64Array(count),
    rating: new Float64Array(count),
  };
}

/**
 * The columns of interactions given as objects: how the specs and small callers state a city.
 * People are numbered in order of first appearance; a volunteer's first record counts.
 */
export function leaderColumnsOf(input: Pick<CityLeaderInput, 'volunteers' | 'helps' | 'endorsements' | 'referrals'>): LeaderColumns {
  const people = new IdNumbering();
  const numberOf = (id: string) => people.numberOf(id);
  const neighbourhoods = new IdNumbering();

  const seen = new Set<string>();
  const unique = input.volunteers.filter((volunteer) => !seen.has(volunteer.id) && seen.add(volunteer.id));
  const volunteers = volunteerColumns(unique.length);
  unique.forEach((volunteer, v) => {
    volunteers.person[v] = numberOf(volunteer.id);
    volunteers.neighbourhood[v] = neighbourhoods.numberOf(volunteer.neighbourhoodId);
    volunteers.consent[v] = volunteer.rankingConsent ? 1 : 0;
    volunteers.taken[v] = volunteer.taken;
    volunteers.completed[v] = volunteer.completed;
    volunteers.givenBack[v] = volunteer.givenBack;
  });

  const interactions = interactionColumns(input.helps.length + input.endorsements.length + input.referrals.length);
  let i = 0;
  const add = (kind: InteractionKind, source: string, target: string, at: Date, rating: number | null) => {
    interactions.kind[i] = kind;
    interactions.source[i] = numberOf(source);
    interactions.target[i] = numberOf(target);
    interactions.at[i] = at.getTime();
    interactions.rating[i++] = validRating(rating) ?? 0;
  };
  for (const help of input.helps) add(HELP, help.residentId, help.helperId, help.at, help.rating);
  for (const endorsement of input.endorsements) add(ENDORSEMENT, endorsement.endorserId, endorsement.endorsedId, endorsement.at, null);
  for (const referral of input.referrals) add(REFERRAL, referral.recruitId, referral.recruiterId, referral.at, null);

  const count = people.ids.length;
  return {
    people: count,
    personId: (person) => people.ids[person] as string,
    neighbourhoodIds: neighbourhoods.ids,
    volunteers,
    interactions,
    givers: giverColumnsOf(interactions, count),
  };
}
