/** What a digest may say, gathered for one person: nothing here is an address or someone else's words. */

export interface DigestRequest {
  category: string;
  /** The quartier's name; null for a request outside every neighbourhood. */
  neighbourhood: string | null;
  postedAt: Date;
}

export interface DigestQuartierWeek {
  neighbourhood: string;
  posted: number;
  done: number;
  openNow: number;
  newVolunteers: number;
}

export interface DigestLeader {
  displayName: string;
  neighbourhood: string;
  /** Places gained in the ranking over 7 days. */
  gained: number;
}

export interface DigestCampaign {
  title: string;
  reached: number;
  relayed: number;
  linkVisits: number;
  signUps: number;
}

export interface DigestWayToHelp {
  title: string;
  body: string;
  link: string | null;
  /** Null: for the whole city. */
  neighbourhood: string | null;
}

export interface DigestIdea {
  title: string;
  votes: number;
  neighbourhood: string | null;
}

export interface DigestContent {
  /** Volunteer: OPEN requests of their quartier in categories they offer (10 at most). */
  openRequests: DigestRequest[];
  /** Volunteer: thanks received in the last 7 days. */
  thanks: { count: number; averageRating: number };
  /** Organiser: each of their quartiers' week in figures. */
  quartiers: DigestQuartierWeek[];
  /** Organiser: OPEN requests of their quartiers posted more than two days ago. */
  unmatched: DigestRequest[];
  /** Organiser: up to 5, only people who consented to the ranking. */
  risingLeaders: DigestLeader[];
  /** Organiser: the last campaigns sent for their quartiers, with their figures. */
  campaigns: DigestCampaign[];
  /** Ambassador: relay tasks not yet reported as relayed, by campaign title. */
  relayTasks: { title: string }[];
  /** News consent: current ways to help from home for their quartier and the city. */
  waysToHelp: DigestWayToHelp[];
  /** News consent: the 3 top ideas of their quartier and the city. */
  topIdeas: DigestIdea[];
}

export function emptyDigestContent(): DigestContent {
  return {
    openRequests: [],
    thanks: { count: 0, averageRating: 0 },
    quartiers: [],
    unmatched: [],
    risingLeaders: [],
    campaigns: [],
    relayTasks: [],
    waysToHelp: [],
    topIdeas: [],
  };
}

/** Who reads the digest, as far as it decides what it holds. */
export interface DigestReader {
  displayName: string;
  languages: readonly string[];
  volunteer: boolean;
  organiser: boolean;
  ambassador: boolean;
  newsConsent: boolean;
}

export interface DigestLinks {
  /** « Mes relais » in the app. */
  relays: string;
  /** Withdraws digest consent in one click. */
  stopDigest: string;
  /** Withdraws news consent in one click. */
  stopNews: string;
}
