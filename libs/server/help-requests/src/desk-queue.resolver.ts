import { Args, Context, ID, Query, Resolver, Subscription } from '@nestjs/graphql';
import { HelpRequestStatus, queueFilterErrors } from '@relais/domain-help-requests';
import type { HelpRequestChanged, HelpRequestOpened } from '@relais/server-live';
import { HELP_REQUEST_CHANGED, HELP_REQUEST_OPENED, LiveService } from '@relais/server-live';
import { ViewerCache } from '@relais/server-people';
import type { RequestContext } from '@relais/server-shared';
import { assertValid, canOrganise, checkPage, requireViewer } from '@relais/server-shared';
import { withFilter } from 'graphql-subscriptions';
import type { DeskScope } from './desk-scope';
import { deskScope, inDeskScope } from './desk-scope';
import { HelpRequestPage } from './help-request-page.type';
import { HelpRequest } from './help-request.entity';
import { HelpRequestsService } from './help-requests.service';
import { QueueFilterArgs, queueFilterOf } from './queue-filter.args';

type QueueEvent = HelpRequestOpened | HelpRequestChanged;

/** The organiser's desk: the queue of all their quartiers or one of them, and its changes live. */
@Resolver(() => HelpRequest)
export class DeskQueueResolver {
  constructor(
    private readonly service: HelpRequestsService,
    private readonly live: LiveService,
    private readonly viewers: ViewerCache,
  ) {}

  @Query(() => HelpRequestPage, {
    description:
      'ORGANISER: the requests of every quartier they organise (ADMIN: the whole city), or of the one named; unmatched first, then oldest first.',
  })
  deskQueue(
    @Context() context: RequestContext,
    @Args('neighbourhoodId', { type: () => ID, nullable: true }) neighbourhoodId: string | null,
    @Args('statuses', { type: () => [HelpRequestStatus], nullable: true, description: 'Any of these; null or empty for every status.' })
    statuses: HelpRequestStatus[] | null,
    @Args() args: QueueFilterArgs,
  ): Promise<HelpRequestPage> {
    const scope = deskScope(requireViewer(context.viewer), neighbourhoodId ?? null);
    const filter = queueFilterOf(args);
    assertValid([...checkPage(filter.first, filter.offset), ...queueFilterErrors(filter)]);
    return this.service.queue({ ...filter, neighbourhoodIds: scope.everywhere ? null : scope.neighbourhoodIds, statuses });
  }

  @Subscription(() => HelpRequest, {
    description:
      'ORGANISER: each request of their desk (every quartier they organise, or the one named) that is posted or changes status. The quartiers are those of the moment it was asked for, each event checked against the caller’s rights of the moment.',
    async resolve(this: DeskQueueResolver, payload: QueueEvent, _args: unknown, context: RequestContext) {
      const viewer = await this.viewers.refresh(context);
      if (!viewer) return null;
      const request = await this.service.findVisible(viewer, payload.requestId);
      return request && canOrganise(viewer, request.neighbourhoodId) ? request : null;
    },
    nullable: true,
  })
  queueChanged(
    @Context() context: RequestContext,
    @Args('neighbourhoodId', { type: () => ID, nullable: true }) neighbourhoodId: string | null,
  ): Promise<AsyncIterator<QueueEvent>> | AsyncIterator<QueueEvent> {
    const scope = deskScope(requireViewer(context.viewer), neighbourhoodId ?? null);
    const events = this.live.subscribe<QueueEvent>([HELP_REQUEST_OPENED, HELP_REQUEST_CHANGED]);
    return withFilter<QueueEvent>(
      () => events,
      (payload) => !!payload && this.concerns(payload, scope, context),
    )();
  }

  /** Cheap first: most events are of other quartiers. Then who the subscriber is now. */
  private async concerns(payload: QueueEvent, scope: DeskScope, context: RequestContext): Promise<boolean> {
    if (!inDeskScope(scope, payload.neighbourhoodId)) return false;
    const viewer = await this.viewers.refresh(context);
    return !!viewer && canOrganise(viewer, payload.neighbourhoodId);
  }
}
