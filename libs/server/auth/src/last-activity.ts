import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

const DAY_MS = 86_400_000;

/**
 * When each person last used Relais (`person.last_active_at`), which the erasure of unused
 * accounts counts from. A log-in writes it; a signed-in request writes it at most once per person
 * per day: each instance remembers whom it already saw today and asks nothing more of them, and
 * the first request of the day is one UPDATE by primary key that writes only when the time held
 * is from an earlier day (several instances, one write). No index holds the column, so that
 * write can be heap-only. Being active again also withdraws an inactivity notice.
 */
@Injectable()
export class LastActivity {
  private day = -1;
  private seenToday = new Set<string>();

  constructor(private readonly db: DataSource) {}

  /** A signed-in request. */
  async touch(personId: string, now: Date = new Date()): Promise<void> {
    if (this.seen(personId, now)) return;
    const dayStart = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
    await this.db.query(
      `UPDATE person SET last_active_at = $2, inactivity_notice_at = NULL WHERE id = $1 AND last_active_at < $3`,
      [personId, now, dayStart],
    );
  }

  /** A log-in or a sign-up: always written, and any inactivity notice is withdrawn. */
  async loggedIn(personId: string, now: Date = new Date()): Promise<void> {
    this.seen(personId, now);
    await this.db.query(`UPDATE person SET last_active_at = $2, inactivity_notice_at = NULL WHERE id = $1`, [personId, now]);
  }

  /** Whether this instance already saw the person today (UTC); marks them seen. */
  private seen(personId: string, now: Date): boolean {
    const day = Math.floor(now.getTime() / DAY_MS);
    if (day !== this.day) {
      // A new day: yesterday's marks go, so the memory holds at most one day's people.
      this.day = day;
      this.seenToday = new Set();
    }
    if (this.seenToday.has(personId)) return true;
    this.seenToday.add(personId);
    return false;
  }
}
