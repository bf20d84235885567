import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ConsentChannel, HelpCategory, Role, fieldError } from '@relais/domain-people';
import { NeighbourhoodsService } from '@relais/server-neighbourhoods';
import { ConsentsService, PeopleService, Person } from '@relais/server-people';
import type { RequestContext, Viewer } from '@relais/server-shared';
import { assertValid, checkPage, isAdmin, isUuid, notFound, perRequest, requireOrganiserOf, requireRole, requireViewer } from '@relais/server-shared';
import { Ambassador } from './ambassador.type';
import { AmbassadorsService } from './ambassadors.service';
import { LeaderRankingsService } from './leader-rankings.service';
import { LeaderScorePage, LeaderScoreType, NeighbourhoodLeaders } from './leader-score.type';
import { LeaderScoresService } from './leader-scores.service';

/** Rankings, refreshes and ambassadors: organisers act in their neighbourhoods, ADMIN everywhere. */
@Resolver()
export class LeadersResolver {
  constructor(
    private readonly rankings: LeaderRankingsService,
    private readonly scores: LeaderScoresService,
    private readonly ambassadorTerms: AmbassadorsService,
    private readonly neighbourhoods: NeighbourhoodsService,
    private readonly people: PeopleService,
    private readonly consents: ConsentsService,
  ) {}

  @Query(() => [LeaderScoreType], {
    description: 'ORGANISER of the neighbourhood (and ADMIN): volunteers who consented to be ranked, best first.',
  })
  async leaderRanking(
    @Context() context: RequestContext,
    @Args('neighbourhoodId', { type: () => ID }) neighbourhoodId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
  ): Promise<LeaderScoreType[]> {
    await this.organiserOf(context, neighbourhoodId);
    first ??= 20;
    assertValid(checkPage(first, 0));
    return this.rankings.top(neighbourhoodId, first);
  }

  @Query(() => LeaderScorePage, { description: 'ORGANISER of the neighbourhood: the ranking, paginated and filtered, with its total.' })
  async leaderBoard(
    @Context() context: RequestContext,
    @Args('neighbourhoodId', { type: () => ID }) neighbourhoodId: string,
    @Args('category', { type: () => HelpCategory, nullable: true, description: 'Only volunteers who offer this help.' })
    category: HelpCategory | null,
    @Args('ambassadors', { type: () => Boolean, nullable: true, description: 'true: ambassadors only; false: the others.' })
    ambassadors: boolean | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<LeaderScorePage> {
    await this.organiserOf(context, neighbourhoodId);
    assertValid(checkPage(first, offset));
    return this.rankings.ranking(neighbourhoodId, first, offset, { category, ambassadors });
  }

  @Query(() => [LeaderScoreType], {
    description: 'ORGANISER of the neighbourhood: the best consenting volunteers who are not ambassadors yet.',
  })
  async suggestedAmbassadors(
    @Context() context: RequestContext,
    @Args('neighbourhoodId', { type: () => ID }) neighbourhoodId: string,
    @Args('first', { type: () => Int, defaultValue: 5 }) first: number,
  ): Promise<LeaderScoreType[]> {
    await this.organiserOf(context, neighbourhoodId);
    assertValid(checkPage(first, 0));
    return this.rankings.suggested(neighbourhoodId, first);
  }

  @Query(() => LeaderScoreType, {
    nullable: true,
    description: "A person's leader score; null if they are not ranked. Seen by them, ADMIN and organisers of where they live.",
  })
  async leaderScore(@Context() context: RequestContext, @Args('personId', { type: () => ID }) personId: string): Promise<LeaderScoreType | null> {
    const viewer = requireViewer(context.viewer);
    if (viewer.id !== personId) {
      const person = await this.person(personId);
      requireOrganiserOf(viewer, person.neighbourhoodId ?? '');
    }
    return this.rankings.ofPerson(personId);
  }

  @Query(() => LeaderScoreType, { nullable: true, description: 'The signed-in volunteer’s own score and its parts; null if not ranked.' })
  myLeaderScore(@Context() context: RequestContext): Promise<LeaderScoreType | null> {
    return this.rankings.ofPerson(requireViewer(context.viewer).id);
  }

  @Query(() => [NeighbourhoodLeaders], {
    description: 'ORGANISER: each of their neighbourhoods (ADMIN: every one) with its top three and who could be ranked.',
  })
  async leaderOverview(@Context() context: RequestContext): Promise<NeighbourhoodLeaders[]> {
    const viewer = requireRole(context.viewer, Role.ORGANISER);
    const ids = isAdmin(viewer) ? await this.neighbourhoods.cachedIds() : [...viewer.organiserOf];
    return this.rankings.overview(ids);
  }

  @Query(() => [Ambassador], { description: 'ORGANISER of the neighbourhood: its ambassadors; with includePast, past terms too.' })
  async ambassadors(
    @Context() context: RequestContext,
    @Args('neighbourhoodId', { type: () => ID }) neighbourhoodId: string,
    @Args('includePast', { type: () => Boolean, defaultValue: false }) includePast: boolean,
  ): Promise<Ambassador[]> {
    await this.organiserOf(context, neighbourhoodId);
    return this.ambassadorTerms.list(neighbourhoodId, includePast);
  }

  @Mutation(() => Boolean, { description: 'ORGANISER of the neighbourhood: recompute its leader scores now (a job also does it).' })
  async refreshLeaderScores(
    @Context() context: RequestContext,
    @Args('neighbourhoodId', { type: () => ID }) neighbourhoodId: string,
  ): Promise<boolean> {
    await this.organiserOf(context, neighbourhoodId);
    await this.scores.refresh(neighbourhoodId);
    return true;
  }

  @Mutation(() => Person, { description: 'ORGANISER of the neighbourhood: make a volunteer living there its ambassador.' })
  async promoteToAmbassador(
    @Context() context: RequestContext,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('neighbourhoodId', { type: () => ID }) neighbourhoodId: string,
  ): Promise<Person> {
    const organiser = await this.organiserOf(context, neighbourhoodId);
    await this.ambassadorTerms.promote(personId, neighbourhoodId, organiser.id);
    return this.person(personId);
  }

  @Mutation(() => Person, { description: 'ORGANISER of the neighbourhood: end an ambassador’s term, saying why.' })
  async demoteAmbassador(
    @Context() context: RequestContext,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('neighbourhoodId', { type: () => ID }) neighbourhoodId: string,
    @Args('reason') reason: string,
  ): Promise<Person> {
    const organiser = await this.organiserOf(context, neighbourhoodId);
    await this.ambassadorTerms.demote(personId, neighbourhoodId, reason, organiser.id);
    return this.person(personId);
  }

  @Mutation(() => Person, { description: 'The signed-in person agrees (or no longer agrees) to appear in leader rankings.' })
  async updateRankingConsent(@Context() context: RequestContext, @Args('consent') consent: boolean): Promise<Person> {
    const viewer = requireViewer(context.viewer);
    // The consent ledger's, like updateConsents(input: { ranking }).
    return this.consents.change(viewer.id, { RANKING: consent }, ConsentChannel.PROFILE, viewer.id);
  }

  /** Organisers get FORBIDDEN for others' neighbourhoods whether or not they exist; ADMIN gets NOT_FOUND. */
  private async organiserOf(context: RequestContext, neighbourhoodId: string): Promise<Viewer> {
    const organiser = requireOrganiserOf(context.viewer, neighbourhoodId);
    if (!isUuid(neighbourhoodId)) assertValid([fieldError('neighbourhoodId', 'is not an id')]);
    // The request's neighbourhood loader: the in-memory snapshot, which the scores' own `neighbourhood` field reads too.
    const found = await perRequest(context, 'neighbourhood', () => this.neighbourhoods.createLoader()).load(neighbourhoodId);
    if (!found) throw notFound('neighbourhood', neighbourhoodId);
    return organiser;
  }

  private async person(personId: string): Promise<Person> {
    const person = isUuid(personId) ? await this.people.findById(personId) : null;
    if (!person) throw notFound('person', personId);
    return person;
  }
}
