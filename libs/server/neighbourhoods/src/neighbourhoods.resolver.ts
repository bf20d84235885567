import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@relais/domain-people';
import type { RequestContext } from '@relais/server-shared';
import { perRequest, requireRole } from '@relais/server-shared';
import { CreateNeighbourhoodInput } from './create-neighbourhood.input';
import { LatLngInput, assertValidLocation } from './lat-lng.input';
import { Neighbourhood } from './neighbourhood.entity';
import { NeighbourhoodsService } from './neighbourhoods.service';

@Resolver(() => Neighbourhood)
export class NeighbourhoodsResolver {
  constructor(private readonly service: NeighbourhoodsService) {}

  // Boundaries are public data (the cities publish them); anyone may read them.
  @Query(() => [Neighbourhood])
  neighbourhoods(): Promise<Neighbourhood[]> {
    return this.service.list();
  }

  @Query(() => Neighbourhood, { nullable: true, description: 'One neighbourhood by id; null when there is none.' })
  neighbourhood(@Args('id', { type: () => ID }) id: string, @Context() context: RequestContext): Promise<Neighbourhood | null> {
    return perRequest(context, 'neighbourhood', () => this.service.createLoader()).load(id);
  }

  @Query(() => Neighbourhood, { nullable: true })
  neighbourhoodAt(@Args('location', { type: () => LatLngInput }) location: LatLngInput): Promise<Neighbourhood | null> {
    assertValidLocation(location);
    return this.service.at(location);
  }

  @Mutation(() => Neighbourhood)
  createNeighbourhood(
    @Args('input', { type: () => CreateNeighbourhoodInput }) input: CreateNeighbourhoodInput,
    @Context() context: RequestContext,
  ): Promise<Neighbourhood> {
    requireRole(context.viewer, Role.ADMIN);
    return this.service.create(input);
  }

  @ResolveField(() => String, { description: 'The boundary as GeoJSON geometry text (WGS84 lon/lat).' })
  boundary(@Parent() neighbourhood: Neighbourhood): string {
    return JSON.stringify(neighbourhood.boundary);
  }

  @ResolveField(() => [Neighbourhood], { description: 'Neighbourhoods whose cells touch this one.' })
  async adjacent(@Parent() neighbourhood: Neighbourhood, @Context() context: RequestContext): Promise<Neighbourhood[]> {
    const adjacency = perRequest(context, 'adjacency', () => this.service.createAdjacencyLoader());
    const byId = perRequest(context, 'neighbourhood', () => this.service.createLoader());
    const ids = await adjacency.load(neighbourhood.id);
    const found = await byId.loadMany(ids);
    return found.filter((n): n is Neighbourhood => n instanceof Neighbourhood);
  }
}
