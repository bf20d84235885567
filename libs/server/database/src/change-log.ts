/**
 * The rows of a change log (a table with `xid xid8 DEFAULT pg_current_xact_id()`, written by
 * triggers in the transaction of each change) that a reader whose last read saw snapshot $1 has
 * not seen: those whose transaction that snapshot could not see. Rows older than its xmin were
 * all visible to it; the index on `xid` finds the rest.
 */
export function unseenChanges(table: string): string {
  return `SELECT * FROM ${table} c WHERE c.xid >= pg_snapshot_xmin($1::pg_snapshot) AND NOT pg_visible_in_snapshot(c.xid, $1::pg_snapshot)`;
}

/** How long change logs keep their rows; a follower idle for longer reads everything again. */
export const CHANGE_LOG_RETENTION_HOURS = 24;

/**
 * Where a follower of a change log stands: the snapshot its data reflects (at least) and when it
 * took it. A follower that has not read for half the retention starts over rather than risk
 * changes pruned unseen.
 */
export class ChangeLogPosition {
  private snapshot: string | null = null;
  private takenAt = 0;

  /** The snapshot to read changes since, or null when everything must be read again. */
  since(now = Date.now()): string | null {
    return now - this.takenAt < (CHANGE_LOG_RETENTION_HOURS / 2) * 3_600_000 ? this.snapshot : null;
  }

  /** After the data of `snapshot` (or newer) is in: the next read starts there. */
  advance(snapshot: string, takenAt = Date.now()): void {
    this.snapshot = snapshot;
    this.takenAt = takenAt;
  }

  reset(): void {
    this.snapshot = null;
  }
}

/** Deletes what every follower has read (or will read again in full). */
export const pruneChangeLog = (table: string) => `DELETE FROM ${table} WHERE changed_at < now() - interval '${CHANGE_LOG_RETENTION_HOURS} hours'`;
