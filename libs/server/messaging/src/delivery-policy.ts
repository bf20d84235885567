/**
 * When to try a mail again. Pure: the outbox passes the attempt count and a random source.
 *
 * A mail deferred by its server (4xx) or caught in a failing transport is tried again after
 * 1, 2, 4… minutes, at most 4 hours apart, the 14th failed attempt being the last: 12 to 24
 * hours after the first, about as long as a notice about a neighbour's errand is worth sending.
 * Each delay is drawn in the upper half of its step ("equal jitter"), so that mails deferred
 * together do not all come back in the same second.
 */
export const MAX_ATTEMPTS = 14;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 4 * 3_600_000;

/** When the whole transport fails (server down): the batch waits 30 s, 1 min… at most 10 min. */
const FIRST_PAUSE_MS = 30_000;
const LONGEST_PAUSE_MS = 10 * 60_000;

function backoff(step: number, first: number, longest: number, random: () => number): number {
  const ceiling = Math.min(longest, first * 2 ** Math.max(0, step - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** Milliseconds before the next attempt of a mail that has failed `attempts` times (≥ 1). */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  return backoff(attempts, FIRST_RETRY_MS, LONGEST_RETRY_MS, random);
}

/** Milliseconds the whole outbox waits after `failures` transport failures in a row (≥ 1). */
export function transportPauseMs(failures: number, random: () => number = Math.random): number {
  return backoff(failures, FIRST_PAUSE_MS, LONGEST_PAUSE_MS, random);
}

/** True when a mail that has now failed `attempts` times is given up. */
export function outOfAttempts(attempts: number): boolean {
  return attempts >= MAX_ATTEMPTS;
}
