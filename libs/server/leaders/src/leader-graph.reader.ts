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
const epochMs = (column: string) => `(extract(epoch FROM ${column}) * 1000)::float8`;

/**
 * The trust edges into some people, one index lookup per kind: what `leader_trust_edge` holds,
 * written out so that the planner probes each branch's index instead of scanning the view.
 */
export const EDGES_INTO_SQL = `
  SELECT 1 AS kind, h.requester_id AS source, h.assignee_id AS target, ${epochMs('h.updated_at')} AS at, h.rating::integer AS rating
    FROM help_request h
   WHERE h.assignee_id = ANY ($1::uuid[]) AND h.status = 'DONE'
  UNION ALL
  SELECT 2, e.endorser_id, e.endorsed_id, ${epochMs('e.created_at')}, NULL FROM endorsement e WHERE e.endorsed_id = ANY ($1::uuid[])
  UNION ALL
  SELECT 3, p.id, p.referred_by_id, ${epochMs('p.created_at')}, NULL FROM person p WHERE p.referred_by_id = ANY ($1::uuid[])`;

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

  /**
   * One neighbourhood's part of the graph (see `neighbourhoodTrustNetwork`): its volunteers, the
   * edges into them, then the edges into everyone those come from. Three statements, whatever the size.
   */
  async neighbourhood(neighbourhoodId: string): Promise<LeaderGraph> {
    const volunteers: LeaderVolunteer[] = await this.db.query(`${VOLUNTEERS} AND v.neighbourhood_id = $1`, [neighbourhoodId]);
    const ranked = new Set(volunteers.map((volunteer) => volunteer.id));
    const intoRanked: EdgeRow[] = await this.db.query(EDGES_INTO_SQL, [[...ranked]]);
    const voters = [...new Set(intoRanked.map((edge) => edge.source))].filter((id) => !ranked.has(id));
    const intoVoters: EdgeRow[] = voters.length ? await this.db.query(EDGES_INTO_SQL, [voters]) : [];
    return { volunteers, ...splitEdges(intoRanked.concat(intoVoters)) };
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
