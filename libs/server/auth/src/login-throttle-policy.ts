/** How one counter of failed log-ins slows the tries after them. */
export interface ThrottlePolicy {
  /** Tries counted in a window before each further one must wait. */
  free: number;
  /** The wait after the first try past `free`; it doubles with each further try, up to `maxDelaySeconds`. */
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  /** Failures are forgotten this long after the first of them. */
  windowSeconds: number;
}

export type ThrottleScope = 'PAIR' | 'EMAIL' | 'ADDRESS';

/**
 * PAIR, one e-mail from one address, is what a guesser meets: five tries, then 15 s, 30 s, 1 min …
 * up to 15 min between tries, about a hundred guesses a day. The owner, elsewhere, has a counter
 * of their own, and a success clears theirs.
 * EMAIL, every address together, slows guessing spread over many addresses: twenty failures a day
 * before waits of 5 s … 5 min. It never makes an address the account has logged in from wait (so
 * it cannot be turned against the owner at home), and it slows rather than locks.
 * ADDRESS, every e-mail together, slows one address trying a password on many accounts: a desk
 * signing people in makes a few typing mistakes a minute, a hundred in a quarter of an hour is
 * not typing.
 */
export const LOGIN_THROTTLE: Record<ThrottleScope, ThrottlePolicy> = {
  PAIR: { free: 5, firstDelaySeconds: 15, maxDelaySeconds: 15 * 60, windowSeconds: 24 * 3600 },
  EMAIL: { free: 20, firstDelaySeconds: 5, maxDelaySeconds: 5 * 60, windowSeconds: 24 * 3600 },
  ADDRESS: { free: 100, firstDelaySeconds: 1, maxDelaySeconds: 60, windowSeconds: 15 * 60 },
};

/** An address the account logged in from skips the EMAIL counter for this long. */
export const KNOWN_ADDRESS_DAYS = 30;

/** Seconds the next try waits once `failures` tries are counted in the window. */
export function delayAfter(policy: ThrottlePolicy, failures: number): number {
  if (failures < policy.free) return 0;
  const doublings = Math.min(failures - policy.free, 30);
  return Math.min(policy.maxDelaySeconds, policy.firstDelaySeconds * 2 ** doublings);
}
