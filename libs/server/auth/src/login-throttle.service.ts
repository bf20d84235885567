import { Inject, Injectable } from '@nestjs/common';
import { tooManyAttempts } from '@relais/server-shared';
import type { KeyObject } from 'node:crypto';
import { createHmac } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import type { ThrottleScope } from './login-throttle-policy';
import { KNOWN_ADDRESS_DAYS, LOGIN_THROTTLE, delayAfter } from './login-throttle-policy';

/** The secret the counters' keys are hashed with (derived from the JWT secret). */
export const LOGIN_THROTTLE_KEY = Symbol('LOGIN_THROTTLE_KEY');

/** One try's counters, in the order their rows are locked. */
export type LoginAttempt = { scope: ThrottleScope; key: Buffer }[];

interface CounterRow {
  scope: ThrottleScope;
  failures: number;
  wait_seconds: number;
  known: boolean;
}

// Each counter's window restarts once it has ended. The rows are locked in the order given
// (PAIR, EMAIL, ADDRESS), one per scope, so two tries never wait on each other in a cycle.
// Times are clock_timestamp(), read once the lock is held: now() is when the transaction began,
// before a wait on the lock, so a try queued behind another would see that one's "now" ahead.
const LOCK_COUNTERS = `
  INSERT INTO login_throttle AS t (scope, key, window_ends_at)
  SELECT v.scope, v.key, clock_timestamp() + make_interval(secs => v.window_seconds)
  FROM unnest($1::text[], $2::bytea[], $3::int[]) WITH ORDINALITY AS v(scope, key, window_seconds, n)
  ORDER BY v.n
  ON CONFLICT (scope, key) DO UPDATE SET
    failures = CASE WHEN t.window_ends_at <= clock_timestamp() THEN 0 ELSE t.failures END,
    next_try_at = CASE WHEN t.window_ends_at <= clock_timestamp() THEN '-infinity' ELSE t.next_try_at END,
    window_ends_at = CASE WHEN t.window_ends_at <= clock_timestamp() THEN EXCLUDED.window_ends_at ELSE t.window_ends_at END
  RETURNING t.scope, t.failures,
    ceil(extract(epoch FROM greatest(t.next_try_at, clock_timestamp()) - clock_timestamp()))::int AS wait_seconds,
    coalesce(t.known_until > clock_timestamp(), false) AS known`;

const COUNT_TRY = `
  UPDATE login_throttle t SET
    failures = t.failures + 1,
    next_try_at = CASE WHEN v.delay = 0 THEN '-infinity' ELSE clock_timestamp() + make_interval(secs => v.delay) END
  FROM unnest($1::text[], $2::bytea[], $3::int[]) AS v(scope, key, delay)
  WHERE t.scope = v.scope AND t.key = v.key`;

/**
 * Log-in tries are counted before the password is checked, as failures until a success says
 * otherwise, in PostgreSQL so that every API instance counts the same: a burst of parallel
 * guesses queues on the counters' row locks, and each sees the tries counted before it.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly db: DataSource,
    @Inject(LOGIN_THROTTLE_KEY) private readonly secret: KeyObject,
  ) {}

  /** Counts a try of `email` from `address`; throws TOO_MANY_ATTEMPTS, counting nothing, while it must wait. */
  async reserve(email: string, address: string): Promise<LoginAttempt> {
    const attempt: LoginAttempt = [
      { scope: 'PAIR', key: this.hash('PAIR', `${email}\n${address}`) },
      { scope: 'EMAIL', key: this.hash('EMAIL', email) },
      { scope: 'ADDRESS', key: this.hash('ADDRESS', address) },
    ];
    const scopes = attempt.map((counter) => counter.scope);
    const keys = attempt.map((counter) => counter.key);
    await this.db.transaction(async (tx) => {
      const rows: CounterRow[] = await tx.query(LOCK_COUNTERS, [scopes, keys, scopes.map((scope) => LOGIN_THROTTLE[scope].windowSeconds)]);
      const knownAddress = rows.some((row) => row.scope === 'PAIR' && row.known);
      const wait = Math.max(0, ...rows.filter((row) => !(row.scope === 'EMAIL' && knownAddress)).map((row) => row.wait_seconds));
      // Throwing rolls back: a refused try is not counted, and changes no wait.
      if (wait > 0) throw tooManyAttempts(`too many log-in attempts; try again in ${wait} s`, wait);
      const failures = new Map(rows.map((row) => [row.scope, row.failures + 1]));
      await tx.query(COUNT_TRY, [scopes, keys, scopes.map((scope) => delayAfter(LOGIN_THROTTLE[scope], failures.get(scope) ?? 1))]);
    });
    return attempt;
  }

  /**
   * The try was right: its address is now known to the account, the pair's failures are cleared,
   * and the e-mail's and address's counters take back this try (not earlier failures).
   */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    for (const { scope, key } of attempt) {
      if (scope === 'PAIR') {
        await this.db.query(
          `UPDATE login_throttle SET failures = 0, next_try_at = '-infinity', window_ends_at = now(),
             known_until = now() + make_interval(days => $2)
           WHERE scope = 'PAIR' AND key = $1`,
          [key, KNOWN_ADDRESS_DAYS],
        );
      } else {
        await this.db.query(
          `UPDATE login_throttle SET failures = greatest(failures - 1, 0),
             next_try_at = CASE WHEN failures - 1 < $3 THEN '-infinity' ELSE next_try_at END
           WHERE scope = $1 AND key = $2`,
          [scope, key, LOGIN_THROTTLE[scope].free],
        );
      }
    }
  }

  /**
   * An erased person's e-mail: its counter goes. The pair's, kept with an address too, cannot be
   * found without that address; they lapse with their window like any other.
   */
  async forget(email: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(`DELETE FROM login_throttle WHERE scope = 'EMAIL' AND key = $1`, [this.hash('EMAIL', email)]);
  }

  /** Forgets counters whose window and known address have both run out (a job, hourly). */
  async prune(): Promise<void> {
    await this.db.query(`DELETE FROM login_throttle WHERE greatest(window_ends_at, known_until) < now()`);
  }

  private hash(scope: ThrottleScope, value: string): Buffer {
    return createHmac('sha256', this.secret).update(`${scope}\n${value}`).digest();
  }
}
