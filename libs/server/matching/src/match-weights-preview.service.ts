import { Injectable } from '@nestjs/common';
import { fieldError } from '@relais/domain-people';
import type { HelpRequest } from '@relais/server-help-requests';
import { HelpRequestsService } from '@relais/server-help-requests';
import { NeighbourhoodsService } from '@relais/server-neighbourhoods';
import { assertValid, isUuid, notFound } from '@relais/server-shared';
import { DataSource } from 'typeorm';
import type { CandidateRow } from './match-rows';
import { REQUESTER_PAST_HELP, REQUEST_COLUMNS } from './match-rows';
import type { MatchWeightsPreview } from './match-weights-preview.type';
import { MatchWeightsService } from './match-weights.service';
import { MATCHING_TIME_ZONE, MatchingService } from './matching.service';
import { VolunteerMirror } from './volunteer-mirror';

/** Requests a preview ranks, oldest first: enough to see a trend, few enough to answer at once. */
export const PREVIEW_REQUESTS = 20;

/**
 * What edited match weights would do to one neighbourhood's OPEN requests, saving nothing: each
 * request ranked as matchCandidates ranks it, once with the weights in use and once edited, from
 * one read and one clock, so that the two differ by the weights alone.
 */
@Injectable()
export class MatchWeightsPreviewService {
  constructor(
    private readonly db: DataSource,
    private readonly weights: MatchWeightsService,
    private readonly matching: MatchingService,
    private readonly volunteers: VolunteerMirror,
    private readonly neighbourhoods: NeighbourhoodsService,
    private readonly requests: HelpRequestsService,
  ) {}

  async preview(neighbourhoodId: string, change: Record<string, unknown>, first: number): Promise<MatchWeightsPreview> {
    const { current, edited } = await this.weights.edit(change);
    if (!isUuid(neighbourhoodId)) assertValid([fieldError('neighbourhoodId', 'is not an id')]);
    if (!(await this.neighbourhoods.createLoader().load(neighbourhoodId))) throw notFound('neighbourhood', neighbourhoodId);
    const caughtUp = this.volunteers.caughtUp();
    caughtUp.catch(() => undefined); // awaited below
    const [rows, counted, adjacent] = await Promise.all([
      this.db.query(
        `SELECT ${REQUEST_COLUMNS}, ${REQUESTER_PAST_HELP}
         FROM help_request h JOIN person r ON r.id = h.requester_id
         WHERE h.neighbourhood_id = $1 AND h.status = 'OPEN' ORDER BY h.created_at, h.id LIMIT $2`,
        [neighbourhoodId, PREVIEW_REQUESTS],
      ) as Promise<CandidateRow[]>,
      this.db.query(`SELECT count(*)::int AS n FROM help_request WHERE neighbourhood_id = $1 AND status = 'OPEN'`, [neighbourhoodId]) as Promise<
        { n: number }[]
      >,
      this.neighbourhoods.createAdjacencyLoader().load(neighbourhoodId),
      caughtUp,
    ]);
    const now = new Date();
    const loaded = await this.requests.createLoader().loadMany(rows.map((row) => row.id));
    return {
      current,
      edited,
      openRequests: counted[0]?.n ?? 0,
      requests: rows.flatMap((row, i) => {
        const helpRequest = loaded[i];
        if (!helpRequest || helpRequest instanceof Error) return [];
        const rank = (weights: typeof current) => this.matching.rankFor(row, adjacent, { weights, now, timeZone: MATCHING_TIME_ZONE }, first);
        return [{ helpRequest: helpRequest as HelpRequest, current: rank(current), edited: rank(edited) }];
      }),
    };
  }
}
