import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@relais/domain-people';
import type { RequestContext } from '@relais/server-shared';
import { SlidingWindowLimiter, assertValid, checkPage, requireRole, tooManyAttempts } from '@relais/server-shared';
import { MatchWeightsPreview } from './match-weights-preview.type';
import { MatchWeightsPreviewService } from './match-weights-preview.service';
import { MatchWeightsInput, MatchWeightsType } from './match-weights.type';
import { MatchWeightsService } from './match-weights.service';

/** Each preview ranks up to 20 requests twice: an admin trying values needs a few a minute, never hundreds. */
export const WEIGHT_PREVIEWS_PER_MINUTE = 30;
/** Candidates shown per request in a preview: the best few are what an organiser sees first. */
const PREVIEW_CANDIDATES_MAX = 10;

@Resolver(() => MatchWeightsType)
export class MatchWeightsResolver {
  private readonly previews = new SlidingWindowLimiter(WEIGHT_PREVIEWS_PER_MINUTE, 60_000);

  constructor(
    private readonly weights: MatchWeightsService,
    private readonly preview: MatchWeightsPreviewService,
  ) {}

  @Query(() => MatchWeightsType, { description: 'ORGANISER or ADMIN: the weights matching uses now.' })
  matchWeights(@Context() context: RequestContext): Promise<MatchWeightsType> {
    requireRole(context.viewer, Role.ORGANISER);
    return this.weights.current();
  }

  @Query(() => MatchWeightsPreview, {
    description:
      'ADMIN: the oldest OPEN requests of a neighbourhood with their best candidates under the weights in use and under these edited ones (checked as updateMatchWeights checks them), saving nothing. 30 a minute.',
  })
  matchWeightsPreview(
    @Context() context: RequestContext,
    @Args('weights', { type: () => MatchWeightsInput }) weights: MatchWeightsInput,
    @Args('neighbourhoodId', { type: () => ID }) neighbourhoodId: string,
    @Args('first', { type: () => Int, defaultValue: 3, description: 'Candidates per request, 1 to 10.' }) first: number,
  ): Promise<MatchWeightsPreview> {
    const admin = requireRole(context.viewer, Role.ADMIN);
    assertValid(checkPage(first, 0, PREVIEW_CANDIDATES_MAX));
    if (!this.previews.tryHit(admin.id)) throw tooManyAttempts('at most 30 previews a minute; try again shortly', 60);
    return this.preview.preview(neighbourhoodId, { ...weights }, first);
  }

  @Mutation(() => MatchWeightsType, { description: 'ADMIN: change matching weights (validated; audited).' })
  updateMatchWeights(
    @Context() context: RequestContext,
    @Args('input', { type: () => MatchWeightsInput }) input: MatchWeightsInput,
  ): Promise<MatchWeightsType> {
    const admin = requireRole(context.viewer, Role.ADMIN);
    return this.weights.update({ ...input }, admin.id);
  }
}
