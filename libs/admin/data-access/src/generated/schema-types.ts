/* eslint-disable */
export type CampaignInput = {
  /** 1 to 5000 characters. */
  message: string;
  /** At least one, each organised by the caller. */
  neighbourhoodIds: Array<string | number>;
  /** 1 to 120 characters. */
  title: string;
};

export type CampaignStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'SENT';

/** PAGERANK (damped, with unspent trust) or LEADERRANK (a ground node linked to everyone, no damping). */
export type CentralityMethod =
  | 'LEADERRANK'
  | 'PAGERANK';

export type ConsentChannel =
  | 'BEFORE_LEDGER'
  | 'ORGANISER'
  | 'PROFILE'
  | 'ROLE_GRANTED'
  | 'SIGN_UP'
  | 'UNSUBSCRIBE_LINK';

/** Fields left out (or null) stay as they are. */
export type ConsentInput = {
  /** Be contacted by organisers */
  contact?: boolean | null | undefined;
  /** Receive the weekly digest */
  digest?: boolean | null | undefined;
  /** Receive news, campaigns and ways to help */
  news?: boolean | null | undefined;
  /** Appear in leader rankings */
  ranking?: boolean | null | undefined;
};

export type ConsentPurpose =
  | 'CONTACT'
  | 'DIGEST'
  | 'NEWS'
  | 'RANKING';

export type GeocodeStatus =
  | 'OFF'
  | 'OK'
  | 'UNAVAILABLE';

export type HelpCategory =
  | 'COMPANIONSHIP'
  | 'ERRANDS'
  | 'HOMEWORK'
  | 'OTHER'
  | 'PAPERWORK'
  | 'TRANSPORT';

export type HelpRequestEventKind =
  | 'ACCEPTED'
  | 'ASSIGNED'
  | 'AUTO_ASSIGNED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'EXPIRED'
  | 'GIVEN_BACK'
  | 'POSTED';

export type HelpRequestStatus =
  | 'ASSIGNED'
  | 'CANCELLED'
  | 'DONE'
  | 'EXPIRED'
  | 'OPEN';

export type IdeaInput = {
  /** 1 to 5000 characters. */
  body: string;
  /** The neighbourhood it is about, if any. */
  neighbourhoodId?: string | number | null | undefined;
  /** 3 to 140 characters. */
  title: string;
};

export type IdeaOrder =
  /** Newest first. */
  | 'NEW'
  /** By score. */
  | 'TOP';

export type IdeaStatus =
  /** The organisation takes it up. */
  | 'ADOPTED'
  /** Moderated away. */
  | 'HIDDEN'
  | 'OPEN';

export type LatLngInput = {
  lat: number;
  lng: number;
};

export type LeaderPriorsInput = {
  rating?: RatingPriorInput | null | undefined;
  reliability?: ReliabilityPriorInput | null | undefined;
};

/** Settings left out stay as they are. */
export type LeaderSettingsInput = {
  centrality?: CentralityMethod | null | undefined;
  /** 1 to 3650. */
  halfLifeDays?: number | null | undefined;
  priors?: LeaderPriorsInput | null | undefined;
  weights?: LeaderWeightsInput | null | undefined;
};

/** Weights left out stay as they are; each from 0 to 100, not all zero. */
export type LeaderWeightsInput = {
  activity?: number | null | undefined;
  centrality?: number | null | undefined;
  reach?: number | null | undefined;
  reliability?: number | null | undefined;
  trust?: number | null | undefined;
};

/** Weights left out stay as they are; each from 0 to 100, not all zero. */
export type MatchWeightsInput = {
  availability?: number | null | undefined;
  continuity?: number | null | undefined;
  fairness?: number | null | undefined;
  language?: number | null | undefined;
  load?: number | null | undefined;
  proximity?: number | null | undefined;
  rating?: number | null | undefined;
  reliability?: number | null | undefined;
  sameNeighbourhood?: number | null | undefined;
};

/** Settings left out stay as they are. */
export type OutreachSettingsInput = {
  /** 1 to 7. */
  ambassadorWeeklyCap?: number | null | undefined;
  /** 0 to 23. */
  digestHour?: number | null | undefined;
  /** A time zone name such as Europe/Paris. */
  digestTimeZone?: string | null | undefined;
  /** 1 (Monday) to 7 (Sunday). */
  digestWeekday?: number | null | undefined;
};

export type PostHelpRequestInput = {
  /** Exact address, private. */
  address?: string | null | undefined;
  category: HelpCategory;
  /** 1 to 2000 characters */
  description: string;
  /** Homework: the school level, e.g. "college". */
  level?: string | null | undefined;
  /** Where the help is needed. */
  location: LatLngInput;
  /** After this, an OPEN request becomes EXPIRED. */
  neededBy?: string | null | undefined;
  /** An organiser posting for a resident who phoned in. */
  onBehalfOf?: string | number | null | undefined;
  /** Homework: the subject, e.g. "maths". */
  subject?: string | null | undefined;
};

/** Settings left out stay as they are. */
export type PrivacySettingsInput = {
  /** 1 to 365. */
  addressRetentionDays?: number | null | undefined;
  /** 30 to 3650. */
  auditRetentionDays?: number | null | undefined;
  /** 365 to 3650. */
  inactiveAccountDays?: number | null | undefined;
};

export type RatingPriorInput = {
  /** 0 to 100. */
  count?: number | null | undefined;
  /** 1 to 5. */
  mean?: number | null | undefined;
};

export type RelayChannel =
  | 'DOOR_TO_DOOR'
  /** A market, a school gate, a meeting. */
  | 'IN_PERSON'
  /** A WhatsApp, Signal or Telegram group. */
  | 'MESSAGING_GROUP'
  | 'OTHER'
  | 'PHONE'
  | 'SOCIAL_MEDIA';

export type ReliabilityPriorInput = {
  /** 0 to 1. */
  rate?: number | null | undefined;
  /** 0 to 100. */
  tasks?: number | null | undefined;
};

export type Role =
  | 'ADMIN'
  | 'ORGANISER'
  | 'RESIDENT'
  | 'VOLUNTEER';

export type SignUpInput = {
  /** Agrees to be contacted by organisers; absent means no */
  contactConsent?: boolean | null | undefined;
  displayName: string;
  email: string;
  /** The idea whose share link the person came through, if any; an unknown one is ignored */
  ideaId?: string | number | null | undefined;
  /** Home; private */
  location: LatLngInput;
  /** Agrees to receive news and campaigns; absent means no */
  newsConsent?: boolean | null | undefined;
  /** At least 10 characters */
  password: string;
  /** Agrees to appear in leader rankings; absent means no */
  rankingConsent?: boolean | null | undefined;
  /** The recruiter's referralCode, if any */
  referralCode?: string | null | undefined;
  /** The code of the ambassador's relay link the person came through, if any; an unknown one is ignored */
  relayCode?: string | null | undefined;
  /** RESIDENT or VOLUNTEER only; anything else is BAD_USER_INPUT */
  role: Role;
  /** For volunteers: what they offer */
  skills?: Array<HelpCategory> | null | undefined;
};

/** Fields left out stay as they are. */
export type VolunteerProfileInput = {
  /** false pauses the volunteer */
  active?: boolean | null | undefined;
  /** When the volunteer is free each week; an empty list means at any time. */
  availability?: Array<WeeklySlotInput> | null | undefined;
  /** School levels offered (e.g. "college"); empty means any. */
  levels?: Array<string> | null | undefined;
  /** 1 to 20 */
  maxActiveRequests?: number | null | undefined;
  skills?: Array<HelpCategory> | null | undefined;
  /** Homework subjects offered (e.g. "maths"); empty means any. */
  subjects?: Array<string> | null | undefined;
  /** 100 to 50000 */
  travelRadiusMeters?: number | null | undefined;
};

export type WayToHelpInput = {
  /** 1 to 1000 characters. */
  body: string;
  kind: WayToHelpKind;
  /** http or https, at most 500 characters. */
  link?: string | null | undefined;
  /** Neighbourhoods the caller organises; none means the whole city (ADMIN only). */
  neighbourhoodIds: Array<string | number>;
  /** 1 to 120 characters. */
  title: string;
};

/** Give books or clothes, give blood, donate to an association, call an isolated neighbour, help online. */
export type WayToHelpKind =
  | 'CALL_NEIGHBOUR'
  | 'DONATE'
  | 'GIVE_BLOOD'
  | 'GIVE_GOODS'
  | 'ONLINE_HELP';

export type WeeklySlotInput = {
  /** Day of the week in local time: 0 is Monday, 6 is Sunday. */
  day: number;
  /** Minutes from local midnight, exclusive (1 to 1440). */
  endMinute: number;
  /** Minutes from local midnight (0 to 1439). */
  startMinute: number;
};
