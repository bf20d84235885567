import { Args, Context, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@relais/server-shared';
import { requireViewer } from '@relais/server-shared';
import { ENDORSING_LIMITS, GIVING_BACK_LIMITS, TAKING_LIMITS, postingLimits } from './account-limits';
import { FeedbackService } from './feedback.service';
import { HelpRequestTransitionsService } from './help-request-transitions.service';
import { HelpRequest } from './help-request.entity';
import { HelpRequestsService } from './help-requests.service';
import { PostHelpRequestInput } from './post-help-request.input';

/** Posting, taking, assigning, finishing and thanking. */
@Resolver(() => HelpRequest)
export class HelpRequestMutationsResolver {
  constructor(
    private readonly requests: HelpRequestsService,
    private readonly transitions: HelpRequestTransitionsService,
    private readonly feedback: FeedbackService,
  ) {}

  @Mutation(() => HelpRequest, { description: 'Any signed-in person; an ORGANISER of the place may post onBehalfOf a resident.' })
  postHelpRequest(
    @Context() context: RequestContext,
    @Args('input', { type: () => PostHelpRequestInput }) input: PostHelpRequestInput,
  ): Promise<HelpRequest> {
    const viewer = requireViewer(context.viewer);
    return this.requests.post(viewer, input, postingLimits(viewer));
  }

  @Mutation(() => HelpRequest, { description: 'VOLUNTEER: of concurrent accepts exactly one wins, the rest get CONFLICT.' })
  acceptHelpRequest(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<HelpRequest> {
    return this.transitions.accept(context.viewer, id, { taking: TAKING_LIMITS, givingBack: GIVING_BACK_LIMITS });
  }

  @Mutation(() => HelpRequest, { description: 'ORGANISER of its neighbourhood.' })
  assignHelpRequest(
    @Context() context: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('volunteerId', { type: () => ID }) volunteerId: string,
  ): Promise<HelpRequest> {
    return this.transitions.assign(context.viewer, id, volunteerId);
  }

  @Mutation(() => HelpRequest, { description: 'The assignee or the requester.' })
  completeHelpRequest(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<HelpRequest> {
    return this.transitions.complete(context.viewer, id);
  }

  @Mutation(() => HelpRequest, { description: 'The requester or an organiser.' })
  cancelHelpRequest(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<HelpRequest> {
    return this.transitions.cancel(context.viewer, id);
  }

  @Mutation(() => HelpRequest, { description: 'The assignee hands the request back; it is OPEN again.' })
  giveBackHelpRequest(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<HelpRequest> {
    return this.transitions.giveBack(context.viewer, id);
  }

  @Mutation(() => Boolean, { description: 'The requester, once, after DONE; rating 1..5.' })
  thankVolunteer(
    @Context() context: RequestContext,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('rating', { type: () => Int }) rating: number,
    @Args('message', { type: () => String, nullable: true }) message: string | null,
  ): Promise<boolean> {
    return this.feedback.thank(requireViewer(context.viewer), requestId, rating, message);
  }

  @Mutation(() => Boolean, { description: 'Any signed-in person vouches for a volunteer; once per pair.' })
  endorse(@Context() context: RequestContext, @Args('personId', { type: () => ID }) personId: string): Promise<boolean> {
    return this.feedback.endorse(requireViewer(context.viewer), personId, ENDORSING_LIMITS);
  }
}
