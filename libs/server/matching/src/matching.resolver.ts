import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@relais/domain-people';
import type { HelpRequest } from '@relais/server-help-requests';
import { HelpRequest as HelpRequestType, HelpRequestsService } from '@relais/server-help-requests';
import { PeopleService, Person } from '@relais/server-people';
import type { RequestContext } from '@relais/server-shared';
import { assertValid, checkPage, forbidden, perRequest, requireOrganiserOf, requireRole, requireViewer } from '@relais/server-shared';
import { AutoAssignPlan, HelpRequestMatch, MatchCandidate, ProposedAssignment } from './match-candidate.type';
import { MatchingService } from './matching.service';


/** Distances shown to a volunteer are rounded, so that several of them cannot pinpoint a home. */
function roundedDistance(meters: number): number {
  return Math.max(100, Math.round(meters / 100) * 100);
}

@Resolver(() => MatchCandidate)
export class MatchingResolver {
  constructor(
    private readonly matching: MatchingService,
    private readonly requests: HelpRequestsService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => [MatchCandidate], { description: "For organisers of the request's neighbourhood (and ADMIN): volunteers ranked for it." })
  async matchCandidates(
    @Context() context: RequestContext,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first: number | null,
  ): Promise<MatchCandidate[]> {
    const viewer = requireViewer(context.viewer);
    first ??= 10;
    assertValid(checkPage(first, 0));
    return this.matching.candidates(viewer, requestId, first);
  }

  @Query(() => [HelpRequestType], { description: 'For the calling volunteer: OPEN requests they could take, best match first.' })
  async nearbyHelpRequests(
    @Context() context: RequestContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
  ): Promise<HelpRequest[]> {
    return (await this.nearbyHelpRequestMatches(context, first)).map((match) => match.helpRequest);
  }

  @Query(() => [HelpRequestMatch], { description: 'nearbyHelpRequests with each score, its parts and the distance from home.' })
  async nearbyHelpRequestMatches(
    @Context() context: RequestContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
  ): Promise<HelpRequestMatch[]> {
    const viewer = requireViewer(context.viewer);
    if (!viewer.roles.includes(Role.VOLUNTEER)) throw forbidden('only a volunteer has a feed of requests to take');
    first ??= 20;
    assertValid(checkPage(first, 0));
    const matches = await this.matching.forVolunteer(viewer.id, first);
    return matches.map((match) => ({ ...match, distanceMeters: roundedDistance(match.distanceMeters) }));
  }

  @Query(() => AutoAssignPlan, { description: 'ORGANISER of the neighbourhood: the pairs autoAssign would make now, and their total score.' })
  async autoAssignPreview(
    @Context() context: RequestContext,
    @Args('neighbourhoodId', { type: () => ID }) neighbourhoodId: string,
  ): Promise<AutoAssignPlan> {
    requireOrganiserOf(context.viewer, neighbourhoodId);
    const plan = await this.matching.plan(neighbourhoodId);
    return {
      pairs: plan.pairs.map((pair): ProposedAssignment => ({ helpRequest: pair.request, volunteerId: pair.volunteerId, score: pair.score })),
      totalScore: plan.total,
      greedyTotalScore: plan.greedyTotal,
      unmatched: plan.requests.length - plan.pairs.length,
    };
  }

  @Mutation(() => [HelpRequestType], {
    description: "ORGANISER of the neighbourhood: assign its OPEN requests, maximising the total match score under each volunteer's capacity; returns the requests it assigned.",
  })
  autoAssign(@Context() context: RequestContext, @Args('neighbourhoodId', { type: () => ID }) neighbourhoodId: string): Promise<HelpRequest[]> {
    const organiser = requireOrganiserOf(context.viewer, neighbourhoodId);
    return this.matching.autoAssign(neighbourhoodId, organiser.id);
  }

  @ResolveField(() => Person)
  async volunteer(@Parent() candidate: MatchCandidate, @Context() context: RequestContext): Promise<Person> {
    requireRole(context.viewer, Role.ORGANISER);
    return (await perRequest(context, 'person', () => this.people.createLoader()).load(candidate.volunteerId)) as Person;
  }
}

@Resolver(() => ProposedAssignment)
export class ProposedAssignmentResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => Person)
  async volunteer(@Parent() pair: ProposedAssignment, @Context() context: RequestContext): Promise<Person> {
    return (await perRequest(context, 'person', () => this.people.createLoader()).load(pair.volunteerId)) as Person;
  }
}
