import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Neighbourhood, NeighbourhoodsService } from '@relais/server-neighbourhoods';
import { PeopleService, Person } from '@relais/server-people';
import type { RequestContext } from '@relais/server-shared';
import { assertValid, checkPage, perRequest, requireViewer } from '@relais/server-shared';
import { Idea, IdeaInput, IdeaOrder, IdeaStatus } from './idea.type';
import { IdeasService, mayModerate } from './ideas.service';

/**
 * The idea board: any signed-in person posts and votes; organisers of an idea's neighbourhood
 * (any organiser for an idea about the whole city; ADMIN everywhere) moderate it and see it hidden,
 * as its author does.
 */
@Resolver(() => Idea)
export class IdeasResolver {
  constructor(
    private readonly board: IdeasService,
    private readonly people: PeopleService,
    private readonly neighbourhoods: NeighbourhoodsService,
  ) {}

  @Query(() => [Idea], {
    description:
      'Any signed-in person: TOP by score or NEW, about one neighbourhood or, without one, every idea of the city; HIDDEN ones only for their author, organisers of their neighbourhood and ADMIN. first: 1 to 100.',
  })
  ideas(
    @Context() context: RequestContext,
    @Args('order', { type: () => IdeaOrder, nullable: true, defaultValue: IdeaOrder.TOP }) order: IdeaOrder | null,
    @Args('neighbourhoodId', { type: () => ID, nullable: true }) neighbourhoodId: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
  ): Promise<Idea[]> {
    const viewer = requireViewer(context.viewer);
    first ??= 20;
    assertValid(checkPage(first, 0));
    return this.board.list(viewer, order ?? IdeaOrder.TOP, neighbourhoodId, first);
  }

  @Query(() => [Idea], { description: 'The caller’s own ideas, newest first, hidden ones included. first: 1 to 100.' })
  myIdeas(@Context() context: RequestContext, @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null): Promise<Idea[]> {
    const viewer = requireViewer(context.viewer);
    first ??= 50;
    assertValid(checkPage(first, 0));
    return this.board.mine(viewer, first);
  }

  @Query(() => Idea, { description: 'Any signed-in person: one idea, as `ideas` would show it; NOT_FOUND for a HIDDEN one the caller may not see.' })
  idea(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Idea> {
    return this.board.visible(requireViewer(context.viewer), id);
  }

  @Mutation(() => Idea, { description: 'Any signed-in person; at most 10 a day (FORBIDDEN, reason TOO_MANY_ATTEMPTS). Posting is not a vote.' })
  postIdea(@Context() context: RequestContext, @Args('input') input: IdeaInput): Promise<Idea> {
    return this.board.post(requireViewer(context.viewer), input);
  }

  @Mutation(() => Idea, { description: 'Any signed-in person, once per idea: voting again changes nothing; a HIDDEN idea takes none (CONFLICT).' })
  voteIdea(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Idea> {
    return this.board.vote(requireViewer(context.viewer), id);
  }

  @Mutation(() => Idea, { description: "Takes back the caller's vote, if any." })
  unvoteIdea(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Idea> {
    return this.board.unvote(requireViewer(context.viewer), id);
  }

  @Mutation(() => Idea, {
    description: 'ORGANISER of its neighbourhood (any organiser for an idea about the whole city) or ADMIN: hide, adopt or reopen it, with a reason of 1 to 500 characters shown to its author; audited.',
  })
  moderateIdea(
    @Context() context: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => IdeaStatus }) status: IdeaStatus,
    @Args('reason') reason: string,
  ): Promise<Idea> {
    return this.board.moderate(requireViewer(context.viewer), id, status, reason);
  }

  @ResolveField(() => Person)
  async author(@Parent() idea: Idea, @Context() context: RequestContext): Promise<Person> {
    return (await perRequest(context, 'person', () => this.people.createLoader()).load(idea.authorId)) as Person;
  }

  @ResolveField(() => Neighbourhood, { nullable: true })
  neighbourhood(@Parent() idea: Idea, @Context() context: RequestContext): Promise<Neighbourhood | null> | null {
    if (!idea.neighbourhoodId) return null;
    return perRequest(context, 'neighbourhood', () => this.neighbourhoods.createLoader()).load(idea.neighbourhoodId);
  }

  @ResolveField(() => Boolean)
  votedByMe(@Parent() idea: Idea, @Context() context: RequestContext): Promise<boolean> {
    const viewer = requireViewer(context.viewer);
    return perRequest(context, 'ideaVotedByMe', () => this.board.createVotedLoader(viewer.id)).load(idea.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Why it was last moderated; seen by its author and those who may moderate it.' })
  moderationReason(@Parent() idea: Idea, @Context() context: RequestContext): string | null {
    const viewer = requireViewer(context.viewer);
    return viewer.id === idea.authorId || mayModerate(viewer, idea) ? idea.moderationReasonText : null;
  }
}
