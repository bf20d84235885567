/** What an interaction is; each passes trust to its target (see `trust-graph.ts`). */
export const HELP = 1;
export const ENDORSEMENT = 2;
export const REFERRAL = 3;
export type InteractionKind = typeof HELP | typeof ENDORSEMENT | typeof REFERRAL;
