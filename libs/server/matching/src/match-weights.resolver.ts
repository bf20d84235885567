import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@relais/domain-people';
import type { RequestContext } from '@relais/server-shared';
import { requireRole } from '@relais/server-shared';
import { MatchWeightsInput, MatchWeightsType } from './match-weights.type';
import { MatchWeightsService } from './match-weights.service';

@Resolver(() => MatchWeightsType)
export class MatchWeightsResolver {
  constructor(private readonly weights: MatchWeightsService) {}

  @Query(() => MatchWeightsType, { description: 'ORGANISER or ADMIN: the weights matching uses now.' })
  matchWeights(@Context() context: RequestContext): Promise<MatchWeightsType> {
    requireRole(context.viewer, Role.ORGANISER);
    return this.weights.current();
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
