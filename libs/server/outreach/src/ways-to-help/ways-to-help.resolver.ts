import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Neighbourhood, NeighbourhoodsService } from '@relais/server-neighbourhoods';
import type { RequestContext } from '@relais/server-shared';
import { perRequest } from '@relais/server-shared';
import { WayToHelp, WayToHelpInput } from './way-to-help.types';
import { WaysToHelpService } from './ways-to-help.service';

@Resolver(() => WayToHelp)
export class WaysToHelpResolver {
  constructor(
    private readonly service: WaysToHelpService,
    private readonly places: NeighbourhoodsService,
  ) {}

  @Query(() => [WayToHelp], {
    description: 'Any signed-in person: current ways to help from home for their neighbourhood and the whole city; ORGANISER: for one of theirs.',
  })
  waysToHelp(@Context() context: RequestContext, @Args('neighbourhoodId', { type: () => ID, nullable: true }) neighbourhoodId: string | null): Promise<WayToHelp[]> {
    return this.service.list(context.viewer, neighbourhoodId ?? null);
  }

  @Mutation(() => WayToHelp, { description: 'ORGANISER of every neighbourhood listed; none listed: the whole city, ADMIN only. Twenty a day.' })
  createWayToHelp(@Context() context: RequestContext, @Args('input', { type: () => WayToHelpInput }) input: WayToHelpInput): Promise<WayToHelp> {
    return this.service.create(context.viewer, input);
  }

  @Mutation(() => Boolean, { description: 'ORGANISER of its neighbourhoods (ADMIN for the whole city): it is no longer shown; audited.' })
  archiveWayToHelp(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.archive(context.viewer, id);
  }

  @ResolveField(() => [Neighbourhood], { description: 'Empty: the whole city.' })
  async neighbourhoods(@Parent() way: WayToHelp, @Context() context: RequestContext): Promise<Neighbourhood[]> {
    const loader = perRequest(context, 'neighbourhood', () => this.places.createLoader());
    return (await loader.loadMany(way.neighbourhoodIds)).filter((n): n is Neighbourhood => n instanceof Neighbourhood);
  }
}
