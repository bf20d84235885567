import { Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { coarseCentre } from '@relais/domain-geo';
import { HelpRequestStatus } from '@relais/domain-help-requests';
import { exclusionReason } from '@relais/domain-matching';
import { Role } from '@relais/domain-people';
import { HelpRequest, HelpRequestsService } from '@relais/server-help-requests';
import type { HelpRequestChanged, HelpRequestOpened, HelpRequestTraits } from '@relais/server-live';
import { HELP_REQUEST_CHANGED, HELP_REQUEST_OPENED, LiveService } from '@relais/server-live';
import type { RequestContext } from '@relais/server-shared';
import { forbidden, perRequest, requireViewer } from '@relais/server-shared';
import { ViewerCache } from '@relais/server-people';
import { MatchingService } from './matching.service';

/** A volunteer's live feed: requests that just opened and that they could take. */
@Resolver(() => HelpRequest)
export class LiveFeedResolver {
  constructor(
    private readonly live: LiveService,
    private readonly matching: MatchingService,
    private readonly requests: HelpRequestsService,
    private readonly viewers: ViewerCache,
  ) {}

  @Subscription(() => HelpRequest, {
    description: 'For the calling volunteer: each request that opens (posted or given back) and fits their skills and reach.',
    filter(this: LiveFeedResolver, payload: HelpRequestOpened, _args: unknown, context: RequestContext) {
      return this.fits(payload, context);
    },
    async resolve(this: LiveFeedResolver, payload: HelpRequestOpened, _args: unknown, context: RequestContext) {
      const viewer = await this.viewers.refresh(context);
      if (!viewer?.roles.includes(Role.VOLUNTEER)) return null;
      const request = await this.requests.findVisible(viewer, payload.requestId);
      return request?.status === HelpRequestStatus.OPEN ? request : null;
    },
    nullable: true,
  })
  nearbyHelpRequestOpened(@Context() context: RequestContext): AsyncIterableIterator<HelpRequestOpened> {
    requireVolunteer(context);
    return this.live.subscribe<HelpRequestOpened>(HELP_REQUEST_OPENED);
  }

  @Subscription(() => ID, {
    description:
      'For the calling volunteer: the id of each request that would have been in their feed and is no longer open (taken, cancelled, expired), so that it leaves the feed at once.',
    filter(this: LiveFeedResolver, payload: HelpRequestChanged, _args: unknown, context: RequestContext) {
      return payload.status !== HelpRequestStatus.OPEN && this.fits(payload, context);
    },
    // Only the id: whoever took it, and why, is none of the other volunteers' business.
    resolve: (payload: HelpRequestChanged) => payload.requestId,
  })
  nearbyHelpRequestClosed(@Context() context: RequestContext): AsyncIterableIterator<HelpRequestChanged> {
    requireVolunteer(context);
    return this.live.subscribe<HelpRequestChanged>(HELP_REQUEST_CHANGED);
  }

  private async fits(payload: HelpRequestTraits, context: RequestContext): Promise<boolean> {
    const viewer = await this.viewers.refresh(context);
    if (!viewer?.roles.includes(Role.VOLUNTEER)) return false;
    // Read once per subscription; capacity and availability can change meanwhile, so they are
    // left to the feed query and the accept itself.
    const volunteer = await perRequest(context, 'liveVolunteer', () => this.matching.volunteerToMatch(viewer.id));
    if (!volunteer) return false;
    const reason = exclusionReason(
      {
        id: payload.requestId,
        requesterId: payload.requesterId,
        category: payload.category,
        subject: payload.subject,
        level: payload.level,
        location: coarseCentre(payload.coarseCell),
        neighbourhoodId: payload.neighbourhoodId,
        adjacentNeighbourhoodIds: [],
        requesterLanguages: [],
        window: { start: new Date(), end: null },
      },
      { ...volunteer, activeRequests: 0, availability: null },
      await this.matching.matchContext(),
    );
    return reason === null;
  }
}

function requireVolunteer(context: RequestContext): void {
  const viewer = requireViewer(context.viewer);
  if (!viewer.roles.includes(Role.VOLUNTEER)) throw forbidden('only a volunteer has a feed of requests to take');
}
