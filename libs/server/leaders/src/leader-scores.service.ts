import type { OnApplicationShutdown } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import type { LeaderColumns, LeaderScore, LeaderSettings, LeaderWeights } from '@relais/domain-leaders';
import { LEADER_COMPONENTS, TallyScratch, indexLeaderColumns, normaliseLeaderWeights, scoreIndexedNeighbourhood } from '@relais/domain-leaders';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { LeaderGraphMirror } from './leader-graph.mirror';
import { LeaderGraphReader } from './leader-graph.reader';
import { FACT_COLUMNS } from './leader-score.columns';
import { LeaderSettingsService } from './leader-settings.service';

/** Days of snapshots kept: a year of trends and a little more, so one year can be compared with the last. */
export const SNAPSHOT_RETENTION_DAYS = 400;

const COMPONENT_VALUES = `ARRAY[${LEADER_COMPONENTS.join(', ')}]`;
const FACTS = FACT_COLUMNS.map(({ column }) => column);

/**
 * Replaces the scores of some neighbourhoods ($1) in one statement: people no longer ranked (moved
 * away, consent withdrawn) are removed, the others upserted, and the day's snapshot of each written.
 * Rows come as one array per column ($5 on): a few arrays of numbers, not a JSON document per row.
 */
const WRITE_SCORES = `
  WITH fresh AS (
    SELECT * FROM unnest($5::uuid[], $6::uuid[], $7::int[], $8::float8[],
                         ${LEADER_COMPONENTS.map((_, i) => `$${9 + i}::float8[]`).join(', ')},
                         ${FACT_COLUMNS.map(({ type }, i) => `$${9 + LEADER_COMPONENTS.length + i}::${type}[]`).join(', ')})
      AS t(neighbourhood_id, person_id, rank, score, ${LEADER_COMPONENTS.join(', ')}, ${FACTS.join(', ')})
  ), gone AS (
    DELETE FROM leader_score s WHERE s.neighbourhood_id = ANY ($1::uuid[])
       AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.neighbourhood_id = s.neighbourhood_id AND f.person_id = s.person_id)
  ), kept AS (
    INSERT INTO leader_score (neighbourhood_id, person_id, rank, score, component_values, component_weights, ${FACTS.join(', ')}, computed_at)
    SELECT neighbourhood_id, person_id, rank, score, ${COMPONENT_VALUES}, $4::float8[], ${FACTS.join(', ')}, $2::timestamptz FROM fresh
    ON CONFLICT (neighbourhood_id, person_id) DO UPDATE
      SET ${['rank', 'score', 'component_values', 'component_weights', ...FACTS, 'computed_at'].map((column) => `${column} = EXCLUDED.${column}`).join(', ')}
  )
  INSERT INTO leader_score_snapshot (neighbourhood_id, person_id, day, rank, score, component_values, computed_at)
  SELECT neighbourhood_id, person_id, ($2::timestamptz AT TIME ZONE $3)::date, rank, score, ${COMPONENT_VALUES}, $2::timestamptz
    FROM fresh
  ON CONFLICT (neighbourhood_id, person_id, day) DO UPDATE
    SET rank = EXCLUDED.rank, score = EXCLUDED.score, component_values = EXCLUDED.component_values,
        computed_at = EXCLUDED.computed_at`;

/**
 * An array of numbers, nulls or uuids in PostgreSQL's text form, joined at once: none of them needs
 * quoting, where node-postgres quotes and escapes each element of an array it is given, a cost a
 * full run's 400,000 values feel.
 */
function unquotedArray(values: readonly (number | string | null)[]): string {
  return `{${values.map((value) => (value === null ? 'NULL' : value)).join(',')}}`;
}

/** The write's parameters from $5 on: one array per column of the rows. */
function scoreColumns(rankings: ReadonlyMap<string, readonly LeaderScore[]>): string[] {
  const rows = [...rankings].flatMap(([neighbourhoodId, scores]) => scores.map((score) => ({ neighbourhoodId, score })));
  return [
    rows.map((row) => row.neighbourhoodId),
    rows.map((row) => row.score.personId),
    rows.map((row) => row.score.rank),
    rows.map((row) => row.score.score),
    ...LEADER_COMPONENTS.map((_, i) => rows.map((row) => row.score.components[i]?.value ?? 0)),
    ...FACT_COLUMNS.map(({ fact }) => rows.map((row) => row.score.facts[fact])),
  ].map(unquotedArray);
}

const DAY_MS = 86_400_000;

/** Scores sent to the database per statement: small enough to overlap with scoring the next, big enough to be few. */
const WRITE_BATCH_ROWS = 2000;

/** Neighbourhoods, the busiest first, scored unwritten when the server starts (see `warmUp`). */
const REHEARSED_NEIGHBOURHOODS = 5;
/** Times over: V8 optimises a function after enough calls, not on its first ones. */
const REHEARSALS = 2;

/** Snapshot days are counted in the organisation's time zone, like matching's weekly slots. */
const SNAPSHOT_TIME_ZONE = 'Europe/Paris';

export interface RefreshReport {
  neighbourhoods: number;
  ranked: number;
  readMs: number;
  scoreMs: number;
  writeMs: number;
}

/** Scores the neighbourhoods of some columns one at a time, by their index in `neighbourhoodIds`. */
function neighbourhoodScorer(columns: LeaderColumns, settings: LeaderSettings, now: Date): (neighbourhood: number) => LeaderScore[] {
  const index = indexLeaderColumns(columns, now, settings);
  const scratch = new TallyScratch(columns.people);
  return (neighbourhood) => scoreIndexedNeighbourhood(index, neighbourhood, scratch);
}

@Injectable()
export class LeaderScoresService implements OnApplicationShutdown {
  private readonly logger = new Logger('LeaderScores');
  private warming: Promise<number> | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly reader: LeaderGraphReader,
    private readonly settings: LeaderSettingsService,
    private readonly graph: LeaderGraphMirror,
  ) {}

  /** Recomputes one neighbourhood from its part of the graph. */
  async refresh(neighbourhoodId: string, now = new Date()): Promise<RefreshReport> {
    return this.run(() => this.graph.neighbourhood(neighbourhoodId), now);
  }

  /**
   * One neighbourhood ranked under each of these settings, from one read and one clock, written
   * nowhere: the settings preview, where the rankings differ by the settings alone.
   */
  async rankWith(neighbourhoodId: string, settings: readonly LeaderSettings[], now = new Date()): Promise<LeaderScore[][]> {
    const columns = await this.graph.neighbourhood(neighbourhoodId);
    return settings.map((one) => neighbourhoodScorer(columns, one, now)(0));
  }

  /**
   * Reads the trust graph into memory, then scores the busiest neighbourhoods from it, unwritten:
   * until the scoring code has run a few times, V8 runs it unoptimised, and the first refresh after
   * a start would take several times as long (~175 ms more on a quartier of 1,100 volunteers and
   * 94,000 interactions). In the background when the server starts; a failure is logged. Resolves
   * to the number of neighbourhoods rehearsed.
   */
  warmUp(): Promise<number> {
    this.warming ??= (async () => {
      await this.graph.warm();
      if (!this.graph.ready) return 0; // logged by the mirror; the first refresh reads from the database
      const busiest: { id: string }[] = await this.db.query(
        `SELECT neighbourhood_id AS id FROM volunteer_profile WHERE neighbourhood_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT $1`,
        [REHEARSED_NEIGHBOURHOODS],
      );
      const settings = await this.settings.current();
      for (let round = 0; round < REHEARSALS; round++) {
        for (const { id } of busiest) neighbourhoodScorer(await this.graph.neighbourhood(id), settings, new Date())(0);
      }
      return busiest.length;
    })().catch((error: unknown) => {
      this.logger.warn(`the scoring rehearsal failed: ${error instanceof Error ? error.message : error}`);
      return 0;
    });
    return this.warming;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.warming;
  }

  /** Recomputes every neighbourhood from the whole graph (read whole if it is not in memory yet). */
  async refreshAll(now = new Date()): Promise<RefreshReport> {
    const ids = await this.neighbourhoodIds();
    return this.run(() => this.graph.city(ids), now);
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
      await this.run(() => this.reader.city(ids, then), then);
    }
    await this.run(() => this.reader.city(ids), now);
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
    // Every one is tried; those that failed are put back together, to be tried with the next
    // ones (were the database itself gone, they would wait for the nightly run of all).
    const failed: { id: string; error: unknown }[] = [];
    for (const { id } of due) {
      try {
        await this.refresh(id);
      } catch (error) {
        failed.push({ id, error });
      }
    }
    if (failed.length) {
      await this.db.query(`SELECT leader_refresh_mark(id) FROM unnest($1::uuid[]) AS id`, [failed.map((f) => f.id)]);
      throw failed[0]?.error;
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

  /**
   * Reads, then scores neighbourhood after neighbourhood, sending each batch of scores to the
   * database as soon as it is ready: PostgreSQL writes one batch on one core while the next is
   * scored on the other. One transaction, so a run is written whole or not at all.
   */
  private async run(read: () => Promise<LeaderColumns>, now: Date): Promise<RefreshReport> {
    const started = performance.now();
    const [columns, settings] = await Promise.all([read(), this.settings.current()]);
    const read_ = performance.now();
    let scoreMs = 0;
    let ranked = 0;
    const ids = columns.neighbourhoodIds;
    await this.db.transaction(async (tx) => {
      // Scores are derived data, recomputed nightly: a crash right after the commit may lose this
      // run, never corrupt anything, so the commit need not wait for the disk.
      await tx.query(`SET LOCAL synchronous_commit = off`);
      const fresher = await this.lockFresher(tx, ids, now);
      const scoring = performance.now();
      const scoreNeighbourhood = neighbourhoodScorer(columns, settings, now);
      const weights = normaliseLeaderWeights(settings.weights);
      let written = Promise.resolve();
      let batch = new Map<string, LeaderScore[]>();
      let rows = 0;
      // One statement at a time on the connection, each sent as soon as the one before is done.
      const send = () => {
        const rankings = batch;
        written = written.then(() => this.write(tx, rankings, weights, now));
        written.catch(() => undefined); // awaited below; caught here so that a failure is not reported as unhandled meanwhile
        batch = new Map();
        rows = 0;
      };
      scoreMs += performance.now() - scoring;
      for (let n = 0; n < ids.length; n++) {
        const id = ids[n] as string;
        if (fresher.has(id)) continue;
        const scoringOne = performance.now();
        const scores = scoreNeighbourhood(n);
        scoreMs += performance.now() - scoringOne;
        batch.set(id, scores);
        rows += scores.length;
        ranked += scores.length;
        if (rows < WRITE_BATCH_ROWS) continue;
        send();
        await new Promise((resume) => setImmediate(resume)); // lets the batch go out on the socket
      }
      if (batch.size > 0) send();
      await written;
    });
    const report = {
      neighbourhoods: ids.length,
      ranked,
      readMs: read_ - started,
      scoreMs,
      // What writing added: the time not spent scoring, reading or waiting for the locks.
      writeMs: performance.now() - read_ - scoreMs,
    };
    this.logger.debug(
      `recomputed ${report.neighbourhoods} neighbourhood(s), ${report.ranked} ranked: read ${report.readMs.toFixed(0)} ms, score ${report.scoreMs.toFixed(0)} ms, write ${report.writeMs.toFixed(0)} ms`,
    );
    return report;
  }

  /**
   * Locks the neighbourhoods, in one order so that two runs cannot deadlock, and returns those
   * written by a run newer than this one: a slow run that read older data never overwrites a
   * fresher one.
   */
  private async lockFresher(tx: EntityManager, neighbourhoodIds: readonly string[], now: Date): Promise<Set<string>> {
    const ids = [...neighbourhoodIds].sort();
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('leader_score:' || id, 0)) FROM unnest($1::text[]) id ORDER BY id`, [ids]);
    const newer: { id: string }[] = await tx.query(
      `SELECT DISTINCT neighbourhood_id AS id FROM leader_score WHERE neighbourhood_id = ANY ($1::uuid[]) AND computed_at > $2`,
      [ids, now],
    );
    return new Set(newer.map((row) => row.id));
  }

  private async write(tx: EntityManager, rankings: Map<string, LeaderScore[]>, weights: LeaderWeights, now: Date): Promise<void> {
    await tx.query(WRITE_SCORES, [[...rankings.keys()], now, SNAPSHOT_TIME_ZONE, LEADER_COMPONENTS.map((name) => weights[name]), ...scoreColumns(rankings)]);
  }
}
