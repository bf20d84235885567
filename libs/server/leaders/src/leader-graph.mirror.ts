import type { OnApplicationShutdown } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import type { InteractionColumns, InteractionEdge, LeaderColumns } from '@relais/domain-leaders';
import { TrustEdgeStore, giverColumnsOf, signalGivers } from '@relais/domain-leaders';
import { ChangeLogPosition, unseenChanges } from '@relais/server-database';
import { DataSource } from 'typeorm';
import { postgresMicros, postgresMicrosToMs } from './binary-copy';
import { LeaderGraphReader } from './leader-graph.reader';
import { UuidNumbering } from './uuid-numbering';

/**
 * The snapshot a read sees and the edge changes since snapshot $1, in one statement, so that the
 * changes are exactly those between the two; one row with no change when there is none.
 */
const CHANGES_SQL = `
  SELECT pg_current_snapshot()::text AS snapshot, c.sign, c.kind, c.source::text AS source, c.target::text AS target,
         ${postgresMicros('c.at')} AS at, c.rating
    FROM (SELECT 1) one LEFT JOIN (${unseenChanges('trust_edge_change')}) c ON true`;

interface ChangeRow {
  snapshot: string;
  sign: number | null;
  kind: number | null;
  source: string | null;
  target: string | null;
  /** Microseconds since 2000 (int8, as text). */
  at: string | null;
  rating: number | null;
}

/** Past this share of slots emptied by removals, a large graph is read again whole (a small one costs nothing to keep). */
const MAX_HOLES = 0.25;
const COMPACTED_FROM_EDGES = 65_536;

/**
 * The city's trust graph kept in memory (see `TrustEdgeStore`) and brought up to date from the
 * change log `trust_edge_change` before each use: one neighbourhood's part of the graph is then
 * taken from memory, not re-read as tens of thousands of rows; the nightly run reads only the
 * volunteers. Reads and changes are applied one at a time.
 */
@Injectable()
export class LeaderGraphMirror implements OnApplicationShutdown {
  private readonly logger = new Logger('LeaderGraph');
  private readonly people = new UuidNumbering();
  private readonly position = new ChangeLogPosition();
  private store: TrustEdgeStore | null = null;
  private turn: Promise<unknown> = Promise.resolve();
  private warming: Promise<void> | null = null;
  private loads = 0;

  constructor(
    private readonly db: DataSource,
    private readonly reader: LeaderGraphReader,
  ) {}

  /** Whether the graph is in memory and recent enough to be brought up to date from the log. */
  get ready(): boolean {
    return this.store !== null && this.position.since() !== null;
  }

  /** How many times the whole graph was read: once, unless the log could not be followed. */
  get wholeReads(): number {
    return this.loads;
  }

  /**
   * Reads the graph (when the server starts, or when it is found missing or too old), for the
   * neighbourhoods after; a failure is logged, and the next neighbourhood tries again.
   */
  warm(): Promise<void> {
    this.warming ??= this.exclusive(() => this.caughtUp())
      .then(() => undefined)
      .catch((error: unknown) => this.logger.warn(`the trust graph could not be read: ${error instanceof Error ? error.message : error}`))
      .finally(() => (this.warming = null));
    return this.warming;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.warming;
  }

  /** Every neighbourhood's volunteers and the whole graph, as of now. */
  city(neighbourhoodIds: readonly string[]): Promise<LeaderColumns> {
    return this.exclusive(async () => {
      const { store, read } = await this.caughtUp();
      const volunteers = await this.reader.allVolunteers(neighbourhoodIds, this.people);
      // Just read whole, the edges are already in columns: no need to copy them out of the store.
      const interactions = read ?? store.all();
      return { ...volunteers, interactions, givers: giverColumnsOf(interactions, volunteers.people) };
    });
  }

  /**
   * A neighbourhood's volunteers and its part of the graph, as of now: from memory once the graph
   * is there; until then from the database, while the graph is read in the background.
   */
  neighbourhood(neighbourhoodId: string): Promise<LeaderColumns> {
    if (!this.ready) {
      void this.warm();
      return this.reader.neighbourhood(neighbourhoodId);
    }
    return this.exclusive(async () => {
      const { store } = await this.caughtUp();
      const volunteers = await this.reader.volunteersOf(neighbourhoodId, this.people);
      const interactions = store.around(volunteers.volunteers.person);
      return { ...volunteers, interactions, givers: store.givers(signalGivers(interactions)) };
    });
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const done = this.turn.then(work, work);
    this.turn = done.catch(() => undefined);
    return done;
  }

  /** The store brought up to date, and the columns it was made from if it had to be read whole. */
  private async caughtUp(): Promise<{ store: TrustEdgeStore; read?: InteractionColumns }> {
    const since = this.position.since();
    if (!this.store || since === null || (this.store.holes > MAX_HOLES && this.store.size > COMPACTED_FROM_EDGES)) return this.load();
    const rows = (await this.db.query(CHANGES_SQL, [since])) as ChangeRow[];
    const changes = rows.filter((row) => row.sign !== null);
    if (changes.some((row) => row.sign === 0)) return this.load();
    const store = this.store;
    // Edges with an end missing (a person erased) are not in the graph: the reader leaves them out.
    const [added, removed] = [[] as InteractionEdge[], [] as InteractionEdge[]];
    for (const row of changes) {
      if (!row.source || !row.target || row.at === null) continue;
      (row.sign === 1 ? added : removed).push({
        kind: row.kind ?? 0,
        source: this.people.numberOf(row.source),
        target: this.people.numberOf(row.target),
        at: postgresMicrosToMs(Number(row.at)),
        rating: row.rating ?? 0,
      });
    }
    // Edges come before they go: within one batch, a removal may follow the addition it undoes.
    for (const edge of added) store.add(edge);
    if (!removed.every((edge) => store.remove(edge))) {
      this.logger.warn('an edge the change log removes was not in memory: reading the graph again');
      return this.load();
    }
    this.position.advance((rows[0] as ChangeRow).snapshot);
    return { store };
  }

  private async load(): Promise<{ store: TrustEdgeStore; read: InteractionColumns }> {
    this.position.reset();
    this.store = null;
    this.loads++;
    const { columns, snapshot } = await this.reader.allEdges(this.people);
    this.store = TrustEdgeStore.of(columns.interactions, columns.people);
    this.position.advance(snapshot);
    return { store: this.store, read: columns.interactions };
  }
}
