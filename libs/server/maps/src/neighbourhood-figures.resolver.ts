import { Context, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@relais/domain-people';
import type { RequestContext } from '@relais/server-shared';
import { isAdmin, requireRole } from '@relais/server-shared';
import { NeighbourhoodFiguresService } from './neighbourhood-figures.service';
import { NeighbourhoodFigures } from './neighbourhood-figures.type';

@Resolver(() => NeighbourhoodFigures)
export class NeighbourhoodFiguresResolver {
  constructor(private readonly service: NeighbourhoodFiguresService) {}

  @Query(() => [NeighbourhoodFigures], {
    description: "The city map's figures: an organiser's own quartiers, or every quartier for ADMIN; by city and name.",
  })
  neighbourhoodFigures(@Context() context: RequestContext): Promise<NeighbourhoodFigures[]> {
    const viewer = requireRole(context.viewer, Role.ORGANISER);
    return this.service.figures(isAdmin(viewer) ? null : [...viewer.organiserOf]);
  }
}
