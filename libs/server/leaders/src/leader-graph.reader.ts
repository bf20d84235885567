import { Injectable } from '@nestjs/common';
import type { LeaderEndorsement, LeaderHelp, LeaderReferral, LeaderVolunteer } from '@relais/domain-leaders';
import { DataSource } from 'typeorm';

/** What scoring reads from the database: volunteers to rank and the trust edges around them. */
export interface LeaderGraph {
  volunteers: LeaderVolunteer[];
  helps: LeaderHelp[];
  endorsements: LeaderEndorsement[];
  referrals: LeaderReferral[];
}

const VOLUNTEERS = `
  SELECT v.person_id AS id, v.neighbourhood_id AS "neighbourhoodId", p.ranking_consent AS "rankingConsent",
         v.taken_count AS taken, v.completed_count AS completed, v.given_back_count AS "givenBack"
    FROM volunteer_profile v JOIN person p ON p.id = v.person_id
   WHERE v.neighbourhood_id IS NOT NULL AND 'VOLUNTEER' = ANY (p.roles)`;

/** Kinds in `leader_trust_edge`. */
const HELP = 1;
const ENDORSEMENT = 2;

// Times travel as epoch milliseconds: parsing a million timestamps as text is most of a full read.
const EDGE_COLUMNS = `e.kind, e.source_id AS source, e.target_id AS target, (extract(epoch FROM e.at) * 1000)::float8 AS at, e.rating`;

/**
 * One neighbourhood's part of the graph, in one statement: its volunteers, everyone who passes
 * trust to them (the voters), everyone who passes trust to a voter, and every edge out of these
 * people: what the neighbourhood's trust network is built from, so that scores match a full run.
 */
const NEIGHBOURHOOD_EDGES = `
  WITH ranked AS (
    SELECT person_id AS id FROM volunteer_profile WHERE neighbourhood_id = $1
  ), voters AS (
    SELECT id FROM ranked
    UNION SELECT e.source_id FROM leader_trust_edge e JOIN ranked r ON e.target_id = r.id
  ), people AS (
    SELECT id FROM voters
    UNION SELECT e.source_id FROM leader_trust_edge e JOIN voters v ON e.target_id = v.id
  )
  SELECT ${EDGE_COLUMNS} FROM leader_trust_edge e JOIN people p ON e.source_id = p.id`;

interface EdgeRow {
  kind: number;
  source: string;
  target: string;
  at: number;
  rating: number | null;
}

@Injectable()
export class LeaderGraphReader {
  constructor(private readonly db: DataSource) {}

  /** Everything (up to `asOf`, to replay the past): for the nightly run over every neighbourhood. */
  async city(asOf: Date | null = null): Promise<LeaderGraph> {
    const [volunteers, edges] = await Promise.all([
      this.db.query(VOLUNTEERS) as Promise<LeaderVolunteer[]>,
      (asOf
        ? this.db.query(`SELECT ${EDGE_COLUMNS} FROM leader_trust_edge e WHERE e.at <= $1`, [asOf])
        : this.db.query(`SELECT ${EDGE_COLUMNS} FROM leader_trust_edge e`)) as Promise<EdgeRow[]>,
    ]);
    return { volunteers, ...splitEdges(edges) };
  }

  async neighbourhood(neighbourhoodId: string): Promise<LeaderGraph> {
    const [volunteers, edges] = await Promise.all([
      this.db.query(`${VOLUNTEERS} AND v.neighbourhood_id = $1`, [neighbourhoodId]) as Promise<LeaderVolunteer[]>,
      this.db.query(NEIGHBOURHOOD_EDGES, [neighbourhoodId]) as Promise<EdgeRow[]>,
    ]);
    return { volunteers, ...splitEdges(edges) };
  }
}

function splitEdges(rows: readonly EdgeRow[]): Omit<LeaderGraph, 'volunteers'> {
  const helps: LeaderHelp[] = [];
  const endorsements: LeaderEndorsement[] = [];
  const referrals: LeaderReferral[] = [];
  for (const { kind, source, target, at, rating } of rows) {
    const when = new Date(at);
    if (kind === HELP) helps.push({ helperId: target, residentId: source, at: when, rating });
    else if (kind === ENDORSEMENT) endorsements.push({ endorserId: source, endorsedId: target, at: when });
    else referrals.push({ recruitId: source, recruiterId: target, at: when });
  }
  return { helps, endorsements, referrals };
}
