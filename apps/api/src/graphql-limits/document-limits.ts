import type { Viewer } from '@relais/server-shared';

/** What one GraphQL document may ask for. */
export interface DocumentLimits {
  /** Lexical tokens, comments aside: bounds the work of parsing and validating. */
  tokens: number;
  /** Nesting of fields, fragments flattened. */
  depth: number;
  aliases: number;
  directives: number;
  /** GraphQL Armor's cost: fields, weighted by depth (x1.5 a level) and by literal `first`. */
  cost: number;
  /** Values the reply may hold, lists multiplied by their size (see estimateReplySize). */
  replySize: number;
}

/**
 * The largest figure of each among the admin app's operations (libs/admin/data-access/src/operations),
 * with the largest page sizes the API accepts (first 100, 730 days of history); the admin's
 * operations test measures them again and fails when these are no longer true.
 */
export const ADMIN_OPERATION_MAXIMA: Record<keyof DocumentLimits, { value: number; operation: string | null }> = {
  tokens: { value: 129, operation: 'LeaderBoard' },
  // A settings preview's requests, each with its candidates' names.
  depth: { value: 5, operation: 'MatchWeightsPreview' },
  aliases: { value: 0, operation: null },
  directives: { value: 0, operation: null },
  // With `first: 100` written in the document: Armor multiplies by a literal `first` only.
  cost: { value: 11_450, operation: 'LeaderBoard' },
  // 100 leaders with 730 days of history each (the app itself asks for 20 and 90 days).
  replySize: { value: 297_902, operation: 'LeaderBoard' },
};

/**
 * Twice to eight times what the admin app needs at most (depth 1.6 times); cost and reply size,
 * which grow with the page sizes already taken at their largest, 1.7 and 1.3 times. That still refuses the
 * issue's documents: 50 levels of `adjacent`, 1,000 aliases of `neighbourhoods` (5,000 tokens;
 * each copy of every boundary is 20,500 values, and 15 copies, 5 MB, are the most one reply holds).
 */
export const SIGNED_IN_LIMITS: DocumentLimits = {
  tokens: 1000,
  depth: 8,
  aliases: 15,
  directives: 20,
  cost: 20_000,
  replySize: 400_000,
};

/**
 * Signing up, logging in and the public map of quartiers (20,500 values with its boundaries:
 * one copy) are small; the standard introspection query, where it is on, is 163 to 184 tokens.
 */
export const ANONYMOUS_LIMITS: DocumentLimits = {
  tokens: 400,
  depth: 5,
  aliases: 5,
  directives: 10,
  cost: 500,
  replySize: 25_000,
};

export function limitsFor(viewer: Viewer | null): DocumentLimits {
  return viewer ? SIGNED_IN_LIMITS : ANONYMOUS_LIMITS;
}
