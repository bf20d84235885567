import { Injectable } from '@nestjs/common';
import { COARSE_RESOLUTION, cellOf, coarseCentre } from '@relais/domain-geo';
import { HelpRequestEventKind, HelpRequestStatus, checkHelpRequestDraft, cleanText } from '@relais/domain-help-requests';
import type { HelpCategory } from '@relais/domain-people';
import { NeighbourhoodsService, checkLocation } from '@relais/server-neighbourhoods';
import { PeopleService } from '@relais/server-people';
import type { Viewer } from '@relais/server-shared';
import { assertValid, canOrganise, forbidden, isUuid, manyPer, notFound, onePer } from '@relais/server-shared';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { AccountLimit } from './account-limits';
import { assertUnderAccountLimits } from './account-limits';
import { HelpRequestEvent } from './help-request-event.entity';
import { HelpRequestNotices } from './help-request-notices';
import { mayKnow } from './help-request-access';
import { HelpRequest } from './help-request.entity';
import type { PostHelpRequestInput } from './post-help-request.input';

export interface Page {
  first: number;
  offset: number;
}

export interface QueueFilter extends Page {
  /** Null: every quartier (and requests outside them), for ADMIN. */
  neighbourhoodIds: readonly string[] | null;
  /** Null or empty: every status. */
  statuses?: readonly HelpRequestStatus[] | null;
  category?: HelpCategory | null;
  /** Only requests posted at least this many hours ago. */
  olderThanHours?: number | null;
  /** Only OPEN requests that have waited at least this many hours. */
  unmatchedForHours?: number | null;
}

export interface HelpRequestPageResult {
  items: HelpRequest[];
  totalCount: number;
}

const POSTS = { table: 'help_request', authorColumn: 'posted_by_id', what: 'help requests' } as const;

/** Posting requests and reading them: one, the caller's own lists, an organiser's queue. */
@Injectable()
export class HelpRequestsService {
  constructor(
    private readonly db: DataSource,
    private readonly neighbourhoods: NeighbourhoodsService,
    private readonly people: PeopleService,
    private readonly notices: HelpRequestNotices,
  ) {}

  /** `limits`: the poster's flood limits (the API's callers); none for the demo city's loader. */
  async post(viewer: Viewer, input: PostHelpRequestInput, limits: readonly AccountLimit[] = []): Promise<HelpRequest> {
    assertValid([...checkHelpRequestDraft(input, new Date()), ...checkLocation(input.location)]);
    const cell = cellOf(input.location);
    const coarseCell = cellOf(input.location, COARSE_RESOLUTION);
    const coarse = coarseCentre(coarseCell);
    const neighbourhoodId = await this.neighbourhoods.idAtCell(cell);
    let requesterId = viewer.id;
    if (input.onBehalfOf) {
      if (!canOrganise(viewer, neighbourhoodId)) {
        throw forbidden('only an organiser of the neighbourhood where help is needed may post for someone else');
      }
      if (!(await this.people.findById(input.onBehalfOf))) throw notFound('person', input.onBehalfOf);
      requesterId = input.onBehalfOf;
    }
    const request = await this.db.transaction(async (tx) => {
      await assertUnderAccountLimits(tx, POSTS, viewer.id, limits);
      const saved = await tx.getRepository(HelpRequest).save({
        requesterId,
        postedById: viewer.id,
        category: input.category,
        subject: cleanText(input.subject)?.toLowerCase() ?? null,
        level: cleanText(input.level)?.toLowerCase() ?? null,
        description: input.description.trim(),
        lat: input.location.lat,
        lng: input.location.lng,
        cell,
        coarseCell,
        coarseLat: coarse.lat,
        coarseLng: coarse.lng,
        neighbourhoodId,
        address: cleanText(input.address),
        neededBy: input.neededBy ?? null,
        status: HelpRequestStatus.OPEN,
        assigneeId: null,
      });
      await tx.getRepository(HelpRequestEvent).insert({
        helpRequestId: saved.id,
        kind: HelpRequestEventKind.POSTED,
        actorId: viewer.id,
        toStatus: saved.status,
      });
      return saved;
    });
    await this.notices.opened(request);
    return request;
  }

  /** The request if the caller may know it exists: its parties, its organisers, and volunteers while it is OPEN. */
  async findVisible(viewer: Viewer, id: string): Promise<HelpRequest | null> {
    if (!isUuid(id)) return null;
    const request = await this.db.getRepository(HelpRequest).findOneBy({ id });
    if (!request) return null;
    return mayKnow(viewer, request, 'while open') ? request : null;
  }

  async mine(viewer: Viewer, as: 'requester' | 'assignee', status: HelpRequestStatus | null, page: Page): Promise<HelpRequestPageResult> {
    const builder = this.db
      .getRepository(HelpRequest)
      .createQueryBuilder('h')
      .where(as === 'requester' ? 'h.requester_id = :id' : 'h.assignee_id = :id', { id: viewer.id });
    if (status) builder.andWhere('h.status = :status', { status });
    const [items, totalCount] = await builder
      .orderBy('h.created_at', 'DESC')
      .addOrderBy('h.id', 'ASC')
      .limit(page.first)
      .offset(page.offset)
      .getManyAndCount();
    return { items, totalCount };
  }

  /** An organiser's queue, of one quartier or several: unmatched (OPEN) first, then oldest first, with filters. */
  async queue(filter: QueueFilter): Promise<HelpRequestPageResult> {
    const builder = this.db.getRepository(HelpRequest).createQueryBuilder('h');
    if (filter.neighbourhoodIds) {
      // The scope is part of the query: rows of other quartiers never leave the database.
      builder.where('h.neighbourhood_id = ANY(:neighbourhoodIds)', { neighbourhoodIds: [...filter.neighbourhoodIds] });
    }
    if (filter.statuses?.length) builder.andWhere('h.status = ANY(:statuses)', { statuses: [...filter.statuses] });
    if (filter.category) builder.andWhere('h.category = :category', { category: filter.category });
    if (filter.olderThanHours != null) {
      builder.andWhere(`h.created_at <= now() - make_interval(secs => :older * 3600)`, { older: filter.olderThanHours });
    }
    if (filter.unmatchedForHours != null) {
      builder
        .andWhere(`h.status = 'OPEN'`)
        .andWhere(`h.created_at <= now() - make_interval(secs => :unmatched * 3600)`, { unmatched: filter.unmatchedForHours });
    }
    const [items, totalCount] = await builder
      .orderBy(`CASE WHEN h.status = 'OPEN' THEN 0 WHEN h.status = 'ASSIGNED' THEN 1 ELSE 2 END`, 'ASC')
      .addOrderBy('h.created_at', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .limit(filter.first)
      .offset(filter.offset)
      .getManyAndCount();
    return { items, totalCount };
  }

  /** Each request's history, oldest first: one query for a whole list of requests. */
  createEventsLoader(): DataLoader<string, HelpRequestEvent[]> {
    return new DataLoader(async (ids) => {
      const events = await this.db.getRepository(HelpRequestEvent).find({ where: { helpRequestId: In([...ids]) }, order: { id: 'ASC' } });
      return manyPer(ids, events, (event) => event.helpRequestId, (event) => event);
    });
  }

  createLoader(): DataLoader<string, HelpRequest | null> {
    return new DataLoader(async (ids) => {
      const valid = ids.filter(isUuid);
      const found = valid.length ? await this.db.getRepository(HelpRequest).findBy(valid.map((id) => ({ id }))) : [];
      return onePer(ids, found, (request) => request.id);
    });
  }
}
