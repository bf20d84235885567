/** Names of the score's components, in the order they are shown. */
export const LEADER_COMPONENTS = ['activity', 'reach', 'trust', 'reliability', 'centrality'] as const;
export type LeaderComponentName = (typeof LEADER_COMPONENTS)[number];

/** Relative weight of each component; settings an admin may change. */
export type LeaderWeights = Readonly<Record<LeaderComponentName, number>>;

export const CENTRALITY_METHODS = ['pagerank', 'leaderrank'] as const;
export type CentralityMethod = (typeof CENTRALITY_METHODS)[number];

/** What a newcomer is presumed to be before the data speaks, and how many observations that is worth. */
export interface LeaderPriors {
  /** Rating on 1..5, worth `count` ratings. */
  rating: Readonly<{ mean: number; count: number }>;
  /** Completion rate on 0..1, worth `tasks` tasks. */
  reliability: Readonly<{ rate: number; tasks: number }>;
}

export interface LeaderSettings {
  weights: LeaderWeights;
  /** Everything counts half as much after this many days; also the window of the facts. */
  halfLifeDays: number;
  centrality: CentralityMethod;
  priors: Readonly<LeaderPriors>;
}

export interface LeaderVolunteer {
  id: string;
  neighbourhoodId: string;
  rankingConsent: boolean;
  taken: number;
  completed: number;
  givenBack: number;
}

/** A DONE request; `rating` (1..5) comes from the resident's thanks, null if they did not thank. */
export interface LeaderHelp {
  helperId: string;
  residentId: string;
  at: Date;
  rating: number | null;
}

export interface LeaderEndorsement {
  endorserId: string;
  endorsedId: string;
  at: Date;
}

export interface LeaderReferral {
  recruitId: string;
  recruiterId: string;
  at: Date;
}

/** The interactions of a whole city; volunteers carry their neighbourhood. */
export interface CityLeaderInput {
  now: Date;
  settings: LeaderSettings;
  volunteers: readonly LeaderVolunteer[];
  helps: readonly LeaderHelp[];
  endorsements: readonly LeaderEndorsement[];
  referrals: readonly LeaderReferral[];
}

/** One neighbourhood to rank; people of other neighbourhoods in the arrays are context, never ranked. */
export interface LeaderInput extends CityLeaderInput {
  neighbourhoodId: string;
}

export interface LeaderComponent {
  name: LeaderComponentName;
  /** In [0, 1], relative to the neighbourhood (see `leader-score.ts`). */
  value: number;
  /** Normalised: the weights of a score sum to 1. */
  weight: number;
}

/** Plain counts over the last `windowDays`, so the UI can explain a score in words. */
export interface LeaderFacts {
  windowDays: number;
  helps: number;
  distinctResidents: number;
  /** Plain mean of the ratings in the window; null if none. */
  meanRating: number | null;
  ratings: number;
  endorsements: number;
  recruits: number;
}

export interface LeaderScore {
  personId: string;
  /** 1 is the best; 1..n without gaps. */
  rank: number;
  /** Σ weight × value, in [0, 1]. */
  score: number;
  components: LeaderComponent[];
  facts: LeaderFacts;
}
