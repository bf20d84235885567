import { Injectable } from '@nestjs/common';
import type { AssignmentProblem, MatchContext, RankedCandidate, RequestToMatch, VolunteerToMatch } from '@relais/domain-matching';
import { candidateScore, greedyAssignment, normaliseWeights, rankCandidates, rankRequestsForVolunteer, solveAssignment } from '@relais/domain-matching';
import { HelpRequestEventKind, HelpRequestStatus } from '@relais/domain-help-requests';
import type { HelpRequest } from '@relais/server-help-requests';
import { HelpRequestTransitionsService, HelpRequestsService, mayKnow } from '@relais/server-help-requests';
import type { Viewer } from '@relais/server-shared';
import { isUuid, notFound, requireOrganiserOf } from '@relais/server-shared';
import { NeighbourhoodsService } from '@relais/server-neighbourhoods';
import { DataSource } from 'typeorm';
import type { CandidateRow, PastHelpRow, RequestRow, VolunteerRow } from './match-rows';
import { PAST_HELP_SELECT, REQUESTER_PAST_HELP, REQUEST_COLUMNS, VOLUNTEER_COLUMNS, pastHelpIndex, requesterPastHelp, toRequest, toVolunteer } from './match-rows';
import { MatchWeightsService } from './match-weights.service';
import { VolunteerMirror } from './volunteer-mirror';
import type { RowStamp } from './row-version-cache';
import { RowVersionCache, rowVersion } from './row-version-cache';

/** Weekly availability is written in the organisation's local time; a setting once Relais serves other zones. */
export const MATCHING_TIME_ZONE = 'Europe/Paris';
/** autoAssign looks at this many OPEN requests of a neighbourhood at most, oldest first. */
export const AUTO_ASSIGN_MAX_REQUESTS = 1000;

/**
 * Active volunteers with room whose reach box overlaps the box $1..$4 (lng, lat of two corners) and
 * who offer one of the categories $5: autoAssign's, over the GiST index on reach boxes.
 */
export const PLAN_VOLUNTEERS_SQL = `
  SELECT ${VOLUNTEER_COLUMNS}
  FROM volunteer_profile v
  WHERE v.active AND v.reach && box(point($1, $2), point($3, $4)) AND v.skills && $5::text[]
    AND v.active_requests < v.max_active_requests`;

/**
 * OPEN requests in a volunteer's ($1) categories whose public position, the centre of their
 * coarse cell, is in their reach box: the GiST index on those positions. Whether one is in reach
 * is then decided from that centre too (see toRequest), so the feed holds the same requests
 * wherever in its cell each one is.
 */
export const FEED_SQL = `
  SELECT h.id, ${rowVersion('h')} AS version
  FROM help_request h
  WHERE h.status = 'OPEN' AND h.coarse_position <@ (SELECT reach FROM volunteer_profile WHERE person_id = $1)
    AND h.category = ANY((SELECT skills FROM volunteer_profile WHERE person_id = $1)::text[]) AND h.requester_id <> $1`;

export interface Plan {
  requests: HelpRequest[];
  pairs: { request: HelpRequest; volunteerId: string; score: number }[];
  total: number;
  greedyTotal: number;
}

/**
 * Ranks volunteers for a request and requests for a volunteer, and plans optimal assignments.
 * SQL narrows by indexes (reach box, skills, status); the pure domain lib filters exactly and
 * scores.
 */
@Injectable()
export class MatchingService {
  /** Parsed once, re-read only when their row changed: the feed touches dozens per call. */
  private readonly requestRecords: RowVersionCache<RequestRow>;

  constructor(
    private readonly db: DataSource,
    private readonly requests: HelpRequestsService,
    private readonly transitions: HelpRequestTransitionsService,
    private readonly neighbourhoods: NeighbourhoodsService,
    private readonly weights: MatchWeightsService,
    private readonly volunteers: VolunteerMirror,
  ) {
    // A requester's languages ride along with the request's version: they cannot change through the API.
    this.requestRecords = new RowVersionCache(async (ids) => {
      const rows: (RequestRow & { version: string })[] = await db.query(
        `SELECT ${REQUEST_COLUMNS}, ${rowVersion('h')} AS version FROM help_request h JOIN person r ON r.id = h.requester_id WHERE h.id = ANY($1::uuid[])`,
        [ids],
      );
      return rows.map(({ version, ...row }) => ({ id: row.id, version, record: row }));
    }, 50_000);
  }

  /**
   * An OPEN request's volunteers, best first, for an organiser of its neighbourhood (or ADMIN).
   * The request, its requester's languages and past help, and what decides who may ask are one
   * read; the volunteers who can reach it come from memory, once it has caught up with the changes
   * (read meanwhile).
   */
  async candidates(viewer: Viewer, requestId: string, first: number): Promise<RankedCandidate[]> {
    const caughtUp = this.volunteers.caughtUp();
    caughtUp.catch(() => undefined); // awaited below, unless the request is refused first
    const rows: (CandidateRow & Pick<HelpRequest, 'status' | 'assigneeId'>)[] = isUuid(requestId)
      ? await this.db.query(
          `SELECT ${REQUEST_COLUMNS}, h.status, h.assignee_id AS "assigneeId", ${REQUESTER_PAST_HELP}
           FROM help_request h JOIN person r ON r.id = h.requester_id WHERE h.id = $1`,
          [requestId],
        )
      : [];
    const row = rows[0];
    if (!row || !mayKnow(viewer, row, 'while open')) throw notFound('help request', requestId);
    requireOrganiserOf(viewer, row.neighbourhoodId ?? '');
    if (row.status !== HelpRequestStatus.OPEN) return [];
    const [context, adjacent] = await Promise.all([this.context(), this.adjacentTo(row.neighbourhoodId), caughtUp]);
    return this.rankFor(row, adjacent, context, first);
  }

  /**
   * An OPEN request's volunteers, best first, as the volunteer mirror has them (caught up by the
   * caller): matchCandidates' ranking, and the weights preview's, which must give the same.
   */
  rankFor(row: CandidateRow, adjacent: readonly string[], context: MatchContext, first: number): RankedCandidate[] {
    const volunteers = this.volunteers.reaching({ lat: row.lat, lng: row.lng }, row.category);
    const past = requesterPastHelp(row.pastHelp);
    return rankCandidates(toRequest(row, adjacent, context.now, 'exact'), volunteers, context, first, (id) => past.get(id) ?? null);
  }

  /** OPEN requests the volunteer could take, best match first. */
  async forVolunteer(volunteerId: string, first: number) {
    const context = await this.context();
    const [volunteer, stamps, pastHelp] = await Promise.all([
      this.volunteerToMatch(volunteerId),
      this.db.query(FEED_SQL, [volunteerId]) as Promise<RowStamp[]>,
      this.db.query(`${PAST_HELP_SELECT} AND h.assignee_id = $1 GROUP BY 1, 2`, [volunteerId]) as Promise<PastHelpRow[]>,
    ]);
    if (!volunteer || !volunteer.active) return [];
    const rows = await this.requestRecords.resolve(stamps);
    const adjacency = await this.adjacencyOf(rows.map((row) => row.neighbourhoodId));
    const past = pastHelpIndex(pastHelp);
    const ranked = rankRequestsForVolunteer(
      volunteer,
      rows.map((row) => ({ request: toRequest(row, adjacency.get(row.neighbourhoodId ?? '') ?? [], context.now, 'coarse'), pastHelp: past(row.requesterId, volunteerId) })),
      context,
      first,
    );
    const loaded = await this.requests.createLoader().loadMany(ranked.map((r) => r.requestId));
    return ranked.flatMap((match, i) => {
      const helpRequest = loaded[i];
      return helpRequest && !(helpRequest instanceof Error) ? [{ ...match, helpRequest }] : [];
    });
  }

  /** The optimal pairs for a neighbourhood's OPEN requests (exact, not greedy), and what greedy would give. */
  async plan(neighbourhoodId: string): Promise<Plan> {
    const context = await this.context();
    const rows: RequestRow[] = await this.db.query(
      `SELECT ${REQUEST_COLUMNS}
       FROM help_request h JOIN person r ON r.id = h.requester_id
       WHERE h.neighbourhood_id = $1 AND h.status = 'OPEN' ORDER BY h.created_at, h.id LIMIT $2`,
      [neighbourhoodId, AUTO_ASSIGN_MAX_REQUESTS],
    );
    if (!rows.length) return { requests: [], pairs: [], total: 0, greedyTotal: 0 };
    const adjacent = await this.adjacentTo(neighbourhoodId);
    const toMatch = rows.map((row) => toRequest(row, adjacent, context.now, 'exact'));
    const lats = rows.map((r) => r.lat);
    const lngs = rows.map((r) => r.lng);
    const [volunteerRows, pastHelp] = await Promise.all([
      this.db.query(
        PLAN_VOLUNTEERS_SQL,
        [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats), [...new Set(rows.map((r) => r.category))]],
      ) as Promise<VolunteerRow[]>,
      this.db.query(`${PAST_HELP_SELECT} AND h.requester_id = ANY($1::uuid[]) GROUP BY 1, 2`, [[...new Set(rows.map((r) => r.requesterId))]]) as Promise<
        PastHelpRow[]
      >,
    ]);
    const volunteers = volunteerRows.map(toVolunteer).filter((v) => v.activeRequests < v.maxActiveRequests);
    const problem = scoreMatrix(toMatch, volunteers, pastHelpIndex(pastHelp), context);
    const solution = solveAssignment(problem);
    const greedy = greedyAssignment(problem);
    const loaded = await this.requests.createLoader().loadMany(rows.map((r) => r.id));
    const requests = loaded.filter((r): r is HelpRequest => !!r && !(r instanceof Error));
    const byId = new Map(requests.map((r) => [r.id, r]));
    return {
      requests,
      pairs: solution.pairs.flatMap((pair) => {
        const request = byId.get(rows[pair.request]?.id ?? '');
        const volunteer = volunteers[pair.volunteer];
        return request && volunteer ? [{ request, volunteerId: volunteer.id, score: pair.score }] : [];
      }),
      total: solution.total,
      greedyTotal: greedy.total,
    };
  }

  /** Plans, then makes the pairs; a pair whose request or volunteer changed meanwhile is left out. */
  async autoAssign(neighbourhoodId: string, actorId: string): Promise<HelpRequest[]> {
    const plan = await this.plan(neighbourhoodId);
    return this.transitions.assignMany(
      actorId,
      plan.pairs.map((pair) => ({ requestId: pair.request.id, volunteerId: pair.volunteerId })),
      HelpRequestEventKind.AUTO_ASSIGNED,
      'skip',
    );
  }

  matchContext(): Promise<MatchContext> {
    return this.context();
  }

  private async context(): Promise<MatchContext> {
    return { weights: await this.weights.current(), now: new Date(), timeZone: MATCHING_TIME_ZONE };
  }

  async volunteerToMatch(id: string): Promise<VolunteerToMatch | null> {
    const rows: VolunteerRow[] = await this.db.query(
      `SELECT ${VOLUNTEER_COLUMNS} FROM volunteer_profile v WHERE v.person_id = $1`,
      [id],
    );
    return rows[0] ? toVolunteer(rows[0]) : null;
  }

  private async adjacentTo(neighbourhoodId: string | null): Promise<string[]> {
    return neighbourhoodId ? this.neighbourhoods.createAdjacencyLoader().load(neighbourhoodId) : [];
  }

  private async adjacencyOf(ids: readonly (string | null)[]): Promise<Map<string, string[]>> {
    const distinct = [...new Set(ids.filter((id): id is string => !!id))];
    const lists = await this.neighbourhoods.createAdjacencyLoader().loadMany(distinct);
    return new Map(distinct.map((id, i) => [id, Array.isArray(lists[i]) ? (lists[i] as string[]) : []]));
  }
}

/** Scores of every allowed pair; NaN marks a pair the hard filters exclude. */
function scoreMatrix(
  requests: readonly RequestToMatch[],
  volunteers: readonly VolunteerToMatch[],
  pastHelp: ReturnType<typeof pastHelpIndex>,
  context: MatchContext,
): AssignmentProblem {
  const weights = normaliseWeights(context.weights);
  const scores = new Float64Array(requests.length * volunteers.length).fill(Number.NaN);
  requests.forEach((request, i) => {
    volunteers.forEach((volunteer, j) => {
      scores[i * volunteers.length + j] = candidateScore(request, volunteer, pastHelp(request.requesterId, volunteer.id), context, weights) ?? Number.NaN;
    });
  });
  return { requests: requests.length, capacities: volunteers.map((v) => v.maxActiveRequests - v.activeRequests), scores };
}
