import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import type { HelpRequestChanged } from '@relais/server-live';
import { HELP_REQUEST_CHANGED, LiveService } from '@relais/server-live';
import type { RequestContext } from '@relais/server-shared';
import { requireViewer } from '@relais/server-shared';
import { ViewerCache } from '@relais/server-people';
import { HelpRequest } from './help-request.entity';
import { HelpRequestsService } from './help-requests.service';

/** Live changes of requests, for the people who may see them. */
@Resolver(() => HelpRequest)
export class HelpRequestSubscriptionsResolver {
  constructor(
    private readonly live: LiveService,
    private readonly requests: HelpRequestsService,
    private readonly viewers: ViewerCache,
  ) {}

  @Subscription(() => HelpRequest, {
    description: 'A request changed status: all of the caller’s own requests, or the one named by id if the caller may see it.',
    filter(this: HelpRequestSubscriptionsResolver, payload: HelpRequestChanged, args: { id?: string | null }, context: RequestContext) {
      return this.concerns(payload, args.id ?? null, context);
    },
    async resolve(this: HelpRequestSubscriptionsResolver, payload: HelpRequestChanged, _args: unknown, context: RequestContext) {
      const viewer = await this.viewers.refresh(context);
      return viewer ? this.requests.findVisible(viewer, payload.requestId) : null;
    },
    nullable: true,
  })
  helpRequestChanged(
    @Context() context: RequestContext,
    @Args('id', { type: () => ID, nullable: true }) _id: string | null,
  ): AsyncIterableIterator<HelpRequestChanged> {
    requireViewer(context.viewer);
    return this.live.subscribe<HelpRequestChanged>(HELP_REQUEST_CHANGED);
  }

  /** Checked against who the subscriber is now: rights taken away or a token expired stop the events. */
  private async concerns(payload: HelpRequestChanged, id: string | null, context: RequestContext): Promise<boolean> {
    // Cheap first: most events concern someone else.
    const subscriberId = context.subscriber?.personId ?? context.viewer?.id;
    if (id === null ? payload.requesterId !== subscriberId : payload.requestId !== id) return false;
    const viewer = await this.viewers.refresh(context);
    if (!viewer) return false;
    return id === null || !!(await this.requests.findVisible(viewer, id));
  }
}
