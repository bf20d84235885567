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
}

const HELP = 1;
const ENDORSEMENT = 2;

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
    rating: 'h.rating::integer',
    is: `h.status = 'DONE' AND h.assignee_id IS NOT NULL`,
  },
  { kind: ENDORSEMENT, from: 'endorsement e', source: 'e.endorser_id', target: 'e.endorsed_id', at: 'e.created_at', rating: 'NULL::integer', is: 'true' },
  { kind: 3, from: 'person p', source: 'p.id', target: 'p.referred_by_id', at: 'p.created_at', rating: 'NULL::integer', is: 'p.referred_by_id IS NOT NULL' },
];

/**
 * The edges that meet a condition on their columns, one branch per kind, written out so that the
 * planner probes each branch's own index. Times travel as epoch milliseconds: parsing a million
 * timestamps as text is most of a full read.
 */
function trustEdges(condition: (kind: EdgeKind) => string = () => 'true'): string {
  return EDGE_KINDS.map(
    (k) =>
      `SELECT ${k.kind} AS kind, ${k.source} AS source, ${k.target} AS target, (extract(epoch FROM ${k.at}) * 1000)::float8 AS at, ${k.rating} AS rating
         FROM ${k.from} WHERE ${k.is} AND ${condition(k)}`,
  ).join('\n  UNION ALL\n  ');
}

/** Every edge of the city: what the nightly run reads. */
export const ALL_EDGES_SQL = trustEdges();
const EDGES_UNTIL_SQL = trustEdges((k) => `${k.at} <= $1`);
/** The edges into some people ($1): what one neighbourhood's run reads. */
export const EDGES_INTO_SQL = trustEdges((k) => `${k.target} = ANY ($1::uuid[])`);

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
      (asOf ? this.db.query(EDGES_UNTIL_SQL, [asOf]) : this.db.query(ALL_EDGES_SQL)) as Promise<EdgeRow[]>,
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
