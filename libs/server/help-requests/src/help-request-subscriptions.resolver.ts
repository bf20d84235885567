import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import type { HelpRequestChanged } from '@relais/server-live';
import { HELP_REQUEST_CHANGED, LiveService } from '@relais/server-live';
import type { RequestContext } from '@relais/server-shared';
import { requireViewer } from '@relais/server-shared';
import { HelpRequest } from './help-request.entity';
import { HelpRequestsService } from './help-requests.service';

/** Live changes of requests, for the people who may see them. */
@Resolver(() => HelpRequest)
export class HelpRequestSubscriptionsResolver {
  constructor(
    private readonly live: LiveService,
    private readonly requests: HelpRequestsService,
  ) {}

  @Subscription(() => HelpRequest, {
    description: 'A request changed status: all of the caller’s own requests, or the one named by id if the caller may see it.',
    filter(this: HelpRequestSubscriptionsResolver, payload: HelpRequestChanged, args: { id?: string | null }, context: RequestContext) {
      return this.concerns(payload, args.id ?? null, context);
    },
    resolve(this: HelpRequestSubscriptionsResolver, payload: HelpRequestChanged, _args: unknown, context: RequestContext) {
      return this.requests.findVisible(requireViewer(context.viewer), payload.requestId);
    },
  })
  helpRequestChanged(
    @Context() context: RequestContext,
    @Args('id', { type: () => ID, nullable: true }) _id: string | null,
  ): AsyncIterableIterator<HelpRequestChanged> {
    requireViewer(context.viewer);
    return this.live.subscribe<HelpRequestChanged>(HELP_REQUEST_CHANGED);
  }

  private async concerns(payload: HelpRequestChanged, id: string | null, context: RequestContext): Promise<boolean> {
    if (!context.viewer) return false;
    if (id === null) return payload.requesterId === context.viewer.id;
    return payload.requestId === id && !!(await this.requests.findVisible(context.viewer, id));
  }
}
