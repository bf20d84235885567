import { Injectable } from '@nestjs/common';
import type { LeaderColumns } from '@relais/domain-leaders';
import { ENDORSEMENT, HELP, REFERRAL, giverColumnsOf, signalGivers } from '@relais/domain-leaders';
import { isUuid } from '@relais/server-shared';
import type { PoolClient } from 'pg';
import type { QueryRunner } from 'typeorm';
import { DataSource } from 'typeorm';
import type { BinaryCopyRows } from './binary-copy';
import { copyOut } from './binary-copy';
import { LeaderColumnsDecoder } from './leader-columns.codec';
import { UuidNumbering } from './uuid-numbering';

/** One kind of trust edge: where it is stored and which columns say who credits whom, when. */
interface EdgeKind {
  kind: number;
  from: string;
  source: string;
  target: string;
  at: string;
  rating: string;
  /** What makes a row an edge at all. */
  is: string;
  /** Only volunteers are credited (helpers): the voters worth probing for are volunteers. */
  creditsVolunteers?: boolean;
}

/**
 * The trust graph's edges, each pointing at whom it credits: helped -> helper (with the rating, if
 * thanked), endorser -> endorsed, recruit -> recruiter. Each kind is indexed by its target.
 */
const EDGE_KINDS: readonly EdgeKind[] = [
  {
    kind: HELP,
    from: 'help_request h',
    source: 'h.requester_id',
    target: 'h.assignee_id',
    at: 'h.updated_at',
    rating: 'h.rating',
    is: `h.status = 'DONE' AND h.assignee_id IS NOT NULL`,
    creditsVolunteers: true,
  },
  { kind: ENDORSEMENT, from: 'endorsement e', source: 'e.endorser_id', target: 'e.endorsed_id', at: 'e.created_at', rating: 'NULL', is: 'true' },
  { kind: REFERRAL, from: 'person p', source: 'p.id', target: 'p.referred_by_id', at: 'p.created_at', rating: 'NULL', is: 'p.referred_by_id IS NOT NULL' },
];

/**
 * The edges that meet a condition on their columns, one branch per kind, written out so that the
 * planner probes each branch's own index. Fields as `INTERACTION_FIELDS` says.
 */
function trustEdges(condition: (kind: EdgeKind) => string = () => 'true'): string {
  return EDGE_KINDS.map(
    (k) =>
      `SELECT ${k.kind}::int2 AS kind, ${k.source} AS source, ${k.target} AS target, ${k.at} AS at, ${k.rating}::int2 AS rating
         FROM ${k.from} WHERE ${k.is} AND ${condition(k)}`,
  ).join('\n  UNION ALL\n  ');
}

/** Every edge of the city: what the nightly run reads. */
export const ALL_EDGES_SQL = trustEdges();

const HELPS = EDGE_KINDS.find((k) => k.kind === HELP) as EdgeKind;

/**
 * Helps done that a person gave (`target`) or received and thanked (`source`), to or from someone
 * else, the person's column matching `match`.
 */
function helpsAt(end: 'target' | 'source', match: string): string {
  const [own, other] = end === 'target' ? [HELPS.target, HELPS.source] : [HELPS.source, HELPS.target];
  const thanked = end === 'source' ? ` AND ${HELPS.rating} IS NOT NULL` : '';
  return `FROM ${HELPS.from} WHERE ${HELPS.is} AND ${own} ${match} AND ${other} <> ${own}${thanked}`;
}

/**
 * The records (`GiverRecord` in the leaders lib, which counts the same from a whole graph in memory)
 * of the people $1 who have done something, from the edges the graph is made of: the signals a
 * neighbourhood's part of the graph holds are weighed by what their givers did anywhere. Each count
 * one probe of an index for all the people (~1,000 givers around the synthetic city's busiest
 * quartier: 50–85 ms, against 90–165 ms counted person by person).
 */
export const GIVER_RECORDS_SQL = `
  WITH givers AS (SELECT DISTINCT unnest($1::uuid[]) AS id),
  helped AS (SELECT ${HELPS.target} AS id, count(*)::float8 AS n ${helpsAt('target', '= ANY ($1::uuid[])')} GROUP BY 1),
  thanked AS (SELECT ${HELPS.source} AS id, count(*)::float8 AS n ${helpsAt('source', '= ANY ($1::uuid[])')} GROUP BY 1),
  vouches AS MATERIALIZED (SELECT endorser_id, endorsed_id FROM endorsement WHERE endorsed_id = ANY ($1::uuid[]) AND endorser_id <> endorsed_id),
  participants AS (
    SELECT e.id, (SELECT count(*) FROM endorsement o WHERE o.endorser_id = e.id) AS endorsing
      FROM (SELECT DISTINCT endorser_id AS id FROM vouches) e
     WHERE EXISTS (SELECT 1 ${helpsAt('target', '= e.id')}) OR EXISTS (SELECT 1 ${helpsAt('source', '= e.id')})),
  vouched AS (SELECT v.endorsed_id AS id, sum(1.0 / p.endorsing)::float8 AS n FROM vouches v JOIN participants p ON p.id = v.endorser_id GROUP BY 1)
  SELECT g.id::text AS id, coalesce(a.n, 0) AS helped, coalesce(b.n, 0) AS thanked, coalesce(c.n, 0) AS vouched
    FROM givers g LEFT JOIN helped a ON a.id = g.id LEFT JOIN thanked b ON b.id = g.id LEFT JOIN vouched c ON c.id = g.id
   WHERE a.n IS NOT NULL OR b.n IS NOT NULL OR c.n IS NOT NULL`;

const VOLUNTEER_COLUMNS = `v.person_id, v.neighbourhood_id, p.ranking_consent, v.taken_count, v.completed_count, v.given_back_count`;
const IS_VOLUNTEER = `'VOLUNTEER' = ANY (p.roles)`;

/** Volunteers who may be ranked somewhere, fields as `VOLUNTEER_FIELDS` says: two tables read whole and joined. */
const CITY_VOLUNTEERS = `
  SELECT ${VOLUNTEER_COLUMNS}
    FROM volunteer_profile v JOIN person p ON p.id = v.person_id
   WHERE v.neighbourhood_id IS NOT NULL AND ${IS_VOLUNTEER}`;

/**
 * One neighbourhood's volunteers, each person looked up by key: `OFFSET 0` keeps the planner from
 * joining them with a read of every person, which it wrongly costs lower.
 */
const neighbourhoodVolunteers = (neighbourhood: string) => `
  SELECT ${VOLUNTEER_COLUMNS}
    FROM volunteer_profile v
   CROSS JOIN LATERAL (SELECT p.ranking_consent FROM person p WHERE p.id = v.person_id AND ${IS_VOLUNTEER} OFFSET 0) p
   WHERE v.neighbourhood_id = ${neighbourhood}`;

/**
 * Edges whose target is among the ids a query returns. `= ANY (ARRAY(…))` rather than a join: the
 * index is walked once for all the ids, in order (PostgreSQL 17 on skips between them), where a
 * join descends it once per id, tens of thousands of times for the people around a busy neighbourhood.
 */
const edgesInto = (ids: (kind: EdgeKind) => string) => trustEdges((k) => `${k.target} = ANY (ARRAY(${ids(k)}))`);

/**
 * A neighbourhood's part of the graph (see `neighbourhoodTrustNetwork`): the edges into its
 * volunteers, then the edges into everyone those come from. Most of those are residents: helps are
 * looked for only into the ones who volunteer (a probe of the small volunteers' index, not of every help).
 */
export function neighbourhoodEdgesSql(neighbourhoodId: string): string {
  return `
  WITH vols AS MATERIALIZED (SELECT person_id AS id FROM (${neighbourhoodVolunteers(uuidLiteral(neighbourhoodId))}) v),
  into_vols AS MATERIALIZED (${edgesInto(() => 'SELECT id FROM vols')}),
  voters AS MATERIALIZED (SELECT source AS id FROM into_vols EXCEPT SELECT id FROM vols)
  SELECT * FROM into_vols
  UNION ALL ${edgesInto((k) =>
    k.creditsVolunteers ? 'SELECT person_id FROM volunteer_profile WHERE person_id = ANY (ARRAY(SELECT id FROM voters))' : 'SELECT id FROM voters',
  )}`;
}

/** COPY takes no parameters: values are checked, then written in. */
function uuidLiteral(id: string): string {
  if (!isUuid(id)) throw new Error(`not a uuid: ${id}`);
  return `'${id}'::uuid`;
}

const binaryCopy = (sql: string) => `COPY (${sql}) TO STDOUT (FORMAT binary)`;

/**
 * What scoring reads from the database: volunteers to rank and the trust edges around them, as
 * binary COPYs read into columns (a million rows as query results are a million objects, seconds
 * to build and collect), both in one snapshot.
 */
@Injectable()
export class LeaderGraphReader {
  constructor(private readonly db: DataSource) {}

  /** Everything (up to `asOf`, to replay the past): for the nightly run over every neighbourhood. */
  async city(neighbourhoodIds: readonly string[], asOf: Date | null = null): Promise<LeaderColumns> {
    const edges = asOf ? trustEdges((k) => `${k.at} <= '${asOf.toISOString()}'::timestamptz`) : ALL_EDGES_SQL;
    const expected = await this.expectedRows();
    const decoder = new LeaderColumnsDecoder(neighbourhoodIds, expected.edges, new UuidNumbering(expected.people));
    await this.read([
      [CITY_VOLUNTEERS, decoder.volunteerRows],
      [edges, decoder.interactionRows],
    ]);
    const columns = decoder.columns();
    return { ...columns, givers: giverColumnsOf(columns.interactions, columns.people) };
  }

  /** One neighbourhood's part of the graph, whatever its size in two statements, and the records of who gives its signals in a third. */
  async neighbourhood(neighbourhoodId: string): Promise<LeaderColumns> {
    const decoder = new LeaderColumnsDecoder([neighbourhoodId]);
    const readGivers = async (runner: QueryRunner) => {
      const part = decoder.columns();
      const ids = signalGivers(part.interactions).map((person) => part.personId(person));
      if (ids.length > 0) decoder.giverRecords(await runner.query(GIVER_RECORDS_SQL, [ids]));
    };
    // Parallel workers take longer to start than this read takes without them.
    await this.read(
      [
        [neighbourhoodVolunteers(uuidLiteral(neighbourhoodId)), decoder.volunteerRows],
        [neighbourhoodEdgesSql(neighbourhoodId), decoder.interactionRows],
      ],
      { serial: true, then: readGivers },
    );
    return decoder.columns();
  }

  /**
   * Every edge of the city, people numbered by `people`, and the snapshot they were read in: what
   * a graph kept in memory starts from.
   */
  async allEdges(people: UuidNumbering): Promise<{ columns: LeaderColumns; snapshot: string }> {
    const expected = await this.expectedRows();
    people.reserve(expected.people);
    const decoder = new LeaderColumnsDecoder([], expected.edges, people);
    const snapshot = (await this.read([[ALL_EDGES_SQL, decoder.interactionRows]], { snapshot: true })) as string;
    return { columns: decoder.columns(), snapshot };
  }

  /** The volunteers of every neighbourhood, people numbered by `people`. */
  allVolunteers(neighbourhoodIds: readonly string[], people: UuidNumbering): Promise<LeaderColumns> {
    return this.volunteers(CITY_VOLUNTEERS, neighbourhoodIds, people);
  }

  /** One neighbourhood's volunteers, people numbered by `people`. */
  volunteersOf(neighbourhoodId: string, people: UuidNumbering): Promise<LeaderColumns> {
    return this.volunteers(neighbourhoodVolunteers(uuidLiteral(neighbourhoodId)), [neighbourhoodId], people);
  }

  private async volunteers(sql: string, neighbourhoodIds: readonly string[], people: UuidNumbering): Promise<LeaderColumns> {
    const decoder = new LeaderColumnsDecoder(neighbourhoodIds, 1024, people);
    await this.read([[sql, decoder.volunteerRows]]);
    return decoder.columns();
  }

  /** The planner's row counts: room for the city's edges and people made once, not grown from small. */
  private async expectedRows(): Promise<{ edges: number; people: number }> {
    const [estimate]: { edges: number; people: number }[] = await this.db.query(
      `SELECT sum(greatest(reltuples, 0))::float8 AS edges, sum(greatest(reltuples, 0)) FILTER (WHERE oid = 'person'::regclass)::float8 AS people
         FROM pg_class WHERE oid IN ('help_request'::regclass, 'endorsement'::regclass, 'person'::regclass)`,
    );
    return { edges: estimate?.edges ?? 0, people: estimate?.people ?? 0 };
  }

  /** Binary COPYs, each into its rows' decoder, then `then`, in one snapshot; returns the snapshot if asked for. */
  private async read(
    copies: [sql: string, rows: BinaryCopyRows][],
    { serial = false, snapshot = false, then }: { serial?: boolean; snapshot?: boolean; then?: (runner: QueryRunner) => Promise<void> } = {},
  ): Promise<string | null> {
    const runner = this.db.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      await runner.startTransaction('REPEATABLE READ');
      if (serial) await runner.query(`SET LOCAL max_parallel_workers_per_gather = 0`);
      const [taken] = snapshot ? ((await runner.query(`SELECT pg_current_snapshot()::text AS snapshot`)) as { snapshot: string }[]) : [];
      for (const [sql, rows] of copies) await copyOut(client, binaryCopy(sql), rows);
      await then?.(runner);
      await runner.commitTransaction();
      return taken?.snapshot ?? null;
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }
}
