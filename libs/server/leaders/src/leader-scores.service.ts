import { Injectable, Logger } from '@nestjs/common';
import type { CityLeaderInput, LeaderScore } from '@relais/domain-leaders';
import { indexLeaderInput, scoreIndexedNeighbourhood } from '@relais/domain-leaders';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import type { LeaderGraph } from './leader-graph.reader';
import { LeaderGraphReader } from './leader-graph.reader';
import { LeaderSettingsService } from './leader-settings.service';

/** Days of snapshots kept: a year of trends and a little more, so one year can be compared with the last. */
export const SNAPSHOT_RETENTION_DAYS = 400;

/**
 * Replaces a neighbourhood's scores in one statement: people no longer ranked (moved away,
 * consent withdrawn) are removed, the others upserted, and the day's snapshot of each written.
 */
const WRITE_SCORES = `
  WITH fresh AS (
    SELECT * FROM unnest($2::uuid[], $3::int[], $4::float8[], $5::jsonb[], $6::jsonb[])
      AS t(person_id, rank, score, components, facts)
  ), gone AS (
    DELETE FROM leader_score s WHERE s.neighbourhood_id = $1 AND s.person_id <> ALL ($2::uuid[])
  ), kept AS (
    INSERT INTO leader_score (neighbourhood_id, person_id, rank, score, components, facts, computed_at)
    SELECT $1, person_id, rank, score, components, facts, $7 FROM fresh
    ON CONFLICT (neighbourhood_id, person_id) DO UPDATE
      SET rank = EXCLUDED.rank, score = EXCLUDED.score, components = EXCLUDED.components,
          facts = EXCLUDED.facts, computed_at = EXCLUDED.computed_at
  )
  INSERT INTO leader_score_snapshot (neighbourhood_id, person_id, day, rank, score, component_values, computed_at)
  SELECT $1, person_id, ($7::timestamptz AT TIME ZONE $8)::date, rank, score,
         ARRAY(SELECT (c ->> 'value')::real FROM jsonb_array_elements(components) c), $7
    FROM fresh
  ON CONFLICT (neighbourhood_id, person_id, day) DO UPDATE
    SET rank = EXCLUDED.rank, score = EXCLUDED.score, component_values = EXCLUDED.component_values,
        computed_at = EXCLUDED.computed_at`;

const DAY_MS = 86_400_000;

/** Snapshot days are counted in the organisation's time zone, like matching's weekly slots. */
const SNAPSHOT_TIME_ZONE = 'Europe/Paris';

export interface RefreshReport {
  neighbourhoods: number;
  ranked: number;
  readMs: number;
  scoreMs: number;
  writeMs: number;
}

@Injectable()
export class LeaderScoresService {
  private readonly logger = new Logger('LeaderScores');

  constructor(
    private readonly db: DataSource,
    private readonly reader: LeaderGraphReader,
    private readonly settings: LeaderSettingsService,
  ) {}

  /** Recomputes one neighbourhood from its part of the graph. */
  async refresh(neighbourhoodId: string, now = new Date()): Promise<RefreshReport> {
    return this.run(() => this.reader.neighbourhood(neighbourhoodId), [neighbourhoodId], now);
  }

  /** Recomputes every neighbourhood from one read of the whole graph. */
  async refreshAll(now = new Date()): Promise<RefreshReport> {
    return this.run(() => this.reader.city(), await this.neighbourhoodIds(), now);
  }

  /**
   * Scores as they would have been computed every `stepDays` over the last `days`, each from the
   * interactions known then, then today's: trends for a history loaded at once (the demo city, an
   * import). Volunteers' task counters are today's; only the interactions are replayed.
   */
  async replay(days: number, stepDays: number, now = new Date()): Promise<void> {
    const ids = await this.neighbourhoodIds();
    for (let ago = days; ago > 0; ago -= stepDays) {
      const then = new Date(now.getTime() - ago * DAY_MS);
      await this.run(() => this.reader.city(then), ids, then);
    }
    await this.run(() => this.reader.city(), ids, now);
  }

  /** Recomputes the neighbourhoods whose activity changed and whose wait is over; returns how many. */
  async refreshDue(): Promise<number> {
    // Taken off the list first: activity during the run marks the neighbourhood again.
    const due: { id: string }[] = await this.db.query(
      `WITH taken AS (
         DELETE FROM leader_refresh_due WHERE neighbourhood_id IN (
           SELECT neighbourhood_id FROM leader_refresh_due WHERE due_at <= now() FOR UPDATE SKIP LOCKED)
         RETURNING neighbourhood_id)
       SELECT neighbourhood_id AS id FROM taken`,
    );
    for (const { id } of due) {
      try {
        await this.refresh(id);
      } catch (error) {
        // Put back, so that a failed run is retried with the next ones.
        await this.db.query(`SELECT leader_refresh_mark($1)`, [id]);
        throw error;
      }
    }
    return due.length;
  }

  async pruneSnapshots(): Promise<void> {
    await this.db.query(`DELETE FROM leader_score_snapshot WHERE day < current_date - $1::int`, [SNAPSHOT_RETENTION_DAYS]);
  }

  private async neighbourhoodIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM neighbourhood ORDER BY id`);
    return rows.map((row) => row.id);
  }

  private async run(read: () => Promise<LeaderGraph>, neighbourhoodIds: readonly string[], now: Date): Promise<RefreshReport> {
    const started = performance.now();
    const [graph, settings] = await Promise.all([read(), this.settings.current()]);
    const read_ = performance.now();
    const index = indexLeaderInput({ now, settings, ...graph } satisfies CityLeaderInput);
    const rankings = neighbourhoodIds.map((id) => [id, scoreIndexedNeighbourhood(index, id)] as const);
    const scored = performance.now();
    await this.db.transaction(async (tx) => {
      for (const [id, scores] of rankings) await this.write(tx, id, scores, now);
    });
    const report = {
      neighbourhoods: rankings.length,
      ranked: rankings.reduce((sum, [, scores]) => sum + scores.length, 0),
      readMs: read_ - started,
      scoreMs: scored - read_,
      writeMs: performance.now() - scored,
    };
    this.logger.debug(`recomputed ${report.neighbourhoods} neighbourhood(s), ${report.ranked} ranked`);
    return report;
  }

  /**
   * Under a lock per neighbourhood, and only if nothing newer was written meanwhile: a slow run
   * that read older data never overwrites a fresher one.
   */
  private async write(tx: EntityManager, neighbourhoodId: string, scores: readonly LeaderScore[], now: Date): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('leader_score:' || $1, 0))`, [neighbourhoodId]);
    const newer: unknown[] = await tx.query(
      `SELECT 1 FROM leader_score WHERE neighbourhood_id = $1 AND computed_at > $2 LIMIT 1`,
      [neighbourhoodId, now],
    );
    if (newer.length > 0) return;
    await tx.query(WRITE_SCORES, [
      neighbourhoodId,
      scores.map((s) => s.personId),
      scores.map((s) => s.rank),
      scores.map((s) => s.score),
      scores.map((s) => JSON.stringify(s.components)),
      scores.map((s) => JSON.stringify(s.facts)),
      now,
      SNAPSHOT_TIME_ZONE,
    ]);
  }
}
