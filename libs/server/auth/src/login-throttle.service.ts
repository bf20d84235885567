import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export const FAILED_LOGINS_ALLOWED = 10;
export const FAILED_LOGIN_WINDOW_MINUTES = 15;

/**
 * Failed log-ins per e-mail, kept in PostgreSQL so every API instance sees the same count:
 * after 10 failures in 15 minutes that e-mail is refused until the oldest one ages out.
 */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly db: DataSource) {}

  /** Seconds to wait before trying again, or 0 when a try is allowed now. */
  async retryAfterSeconds(email: string): Promise<number> {
    const rows: { failures: string; oldest: Date | null }[] = await this.db.query(
      `SELECT count(*) AS failures, min(failed_at) AS oldest FROM login_failure
       WHERE email = $1 AND failed_at > now() - make_interval(mins => $2)`,
      [email, FAILED_LOGIN_WINDOW_MINUTES],
    );
    const row = rows[0];
    if (!row || Number(row.failures) < FAILED_LOGINS_ALLOWED || !row.oldest) return 0;
    const freeAt = row.oldest.getTime() + FAILED_LOGIN_WINDOW_MINUTES * 60_000;
    return Math.max(1, Math.ceil((freeAt - Date.now()) / 1000));
  }

  async recordFailure(email: string): Promise<void> {
    await this.db.query('INSERT INTO login_failure (email) VALUES ($1)', [email]);
    // Old rows only slow the count down; trim them as we go.
    await this.db.query(`DELETE FROM login_failure WHERE email = $1 AND failed_at < now() - interval '1 day'`, [email]);
  }

  async clear(email: string): Promise<void> {
    await this.db.query('DELETE FROM login_failure WHERE email = $1', [email]);
  }
}
