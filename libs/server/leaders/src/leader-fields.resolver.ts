import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Neighbourhood, NeighbourhoodsService } from '@relais/server-neighbourhoods';
import { PeopleService, Person, maySeePrivate } from '@relais/server-people';
import type { RequestContext } from '@relais/server-shared';
import { assertValid, checkPage, perRequest } from '@relais/server-shared';
import { fieldError } from '@relais/domain-people';
import { Ambassador } from './ambassador.type';
import { AmbassadorsService } from './ambassadors.service';
import { LeaderRankingsService } from './leader-rankings.service';
import { LeaderScorePoint, LeaderScoreType, NeighbourhoodLeaders } from './leader-score.type';

/** Two years of days: what a trend chart can show. */
const HISTORY_DAYS_MAX = 730;

function personLoader(context: RequestContext, people: PeopleService) {
  return perRequest(context, 'person', () => people.createLoader());
}

function neighbourhoodLoader(context: RequestContext, neighbourhoods: NeighbourhoodsService) {
  return perRequest(context, 'neighbourhood', () => neighbourhoods.createLoader());
}

async function peopleByIds(context: RequestContext, people: PeopleService, ids: readonly string[]): Promise<Person[]> {
  const found = await personLoader(context, people).loadMany(ids);
  return found.filter((person): person is Person => person instanceof Person);
}

// Whoever was allowed the score (it, or its ranking) may see its parts: access is checked where scores are read.
@Resolver(() => LeaderScoreType)
export class LeaderScoreResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly neighbourhoods: NeighbourhoodsService,
    private readonly rankings: LeaderRankingsService,
  ) {}

  @ResolveField(() => Person)
  async person(@Parent() score: LeaderScoreType, @Context() context: RequestContext): Promise<Person> {
    return (await personLoader(context, this.people).load(score.personId)) as Person;
  }

  @ResolveField(() => Neighbourhood)
  async neighbourhood(@Parent() score: LeaderScoreType, @Context() context: RequestContext): Promise<Neighbourhood> {
    return (await neighbourhoodLoader(context, this.neighbourhoods).load(score.neighbourhoodId)) as Neighbourhood;
  }

  @ResolveField(() => [LeaderScorePoint], { description: 'One point per day with a computation, oldest first.' })
  history(
    @Parent() score: LeaderScoreType,
    @Context() context: RequestContext,
    @Args('days', { type: () => Int, defaultValue: 90 }) days: number,
  ): Promise<LeaderScorePoint[]> {
    if (!Number.isInteger(days) || days < 1 || days > HISTORY_DAYS_MAX) {
      assertValid([fieldError('days', `must be a whole number from 1 to ${HISTORY_DAYS_MAX}`)]);
    }
    return perRequest(context, `leaderHistory:${days}`, () => this.rankings.createHistoryLoader(days)).load(
      `${score.neighbourhoodId}:${score.personId}`,
    );
  }

  @ResolveField(() => [Person], { description: 'Who vouched for this person, newest first.' })
  async endorsers(
    @Parent() score: LeaderScoreType,
    @Context() context: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<Person[]> {
    assertValid(checkPage(first, 0));
    const ids = await perRequest(context, `endorsers:${first}`, () => this.rankings.createEndorsersLoader(first)).load(score.personId);
    return peopleByIds(context, this.people, ids);
  }

  @ResolveField(() => [Person], { description: 'Who joined with this person’s referral code, newest first.' })
  async recruits(
    @Parent() score: LeaderScoreType,
    @Context() context: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<Person[]> {
    assertValid(checkPage(first, 0));
    const ids = await perRequest(context, `recruits:${first}`, () => this.rankings.createRecruitsLoader(first)).load(score.personId);
    return peopleByIds(context, this.people, ids);
  }
}

@Resolver(() => NeighbourhoodLeaders)
export class NeighbourhoodLeadersResolver {
  constructor(private readonly neighbourhoods: NeighbourhoodsService) {}

  @ResolveField(() => Neighbourhood)
  async neighbourhood(@Parent() leaders: NeighbourhoodLeaders, @Context() context: RequestContext): Promise<Neighbourhood> {
    return (await neighbourhoodLoader(context, this.neighbourhoods).load(leaders.neighbourhoodId)) as Neighbourhood;
  }
}

@Resolver(() => Ambassador)
export class AmbassadorResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly neighbourhoods: NeighbourhoodsService,
  ) {}

  @ResolveField(() => Person)
  async person(@Parent() ambassador: Ambassador, @Context() context: RequestContext): Promise<Person> {
    return (await personLoader(context, this.people).load(ambassador.personId)) as Person;
  }

  @ResolveField(() => Neighbourhood)
  async neighbourhood(@Parent() ambassador: Ambassador, @Context() context: RequestContext): Promise<Neighbourhood> {
    return (await neighbourhoodLoader(context, this.neighbourhoods).load(ambassador.neighbourhoodId)) as Neighbourhood;
  }

  @ResolveField(() => Person, { nullable: true, description: 'The organiser who promoted them.' })
  promotedBy(@Parent() ambassador: Ambassador, @Context() context: RequestContext): Promise<Person | null> {
    return ambassador.promotedById ? personLoader(context, this.people).load(ambassador.promotedById) : Promise.resolve(null);
  }

  @ResolveField(() => Person, { nullable: true, description: 'The organiser who ended the term.' })
  demotedBy(@Parent() ambassador: Ambassador, @Context() context: RequestContext): Promise<Person | null> {
    return ambassador.demotedById ? personLoader(context, this.people).load(ambassador.demotedById) : Promise.resolve(null);
  }
}

@Resolver(() => Person)
export class PersonAmbassadorResolver {
  constructor(private readonly ambassadors: AmbassadorsService) {}

  @ResolveField(() => Boolean, {
    description: 'Ambassador of some neighbourhood now. Seen by the person, ADMIN and organisers of where they live (an ambassador relays there); false for others.',
  })
  async isAmbassador(@Parent() person: Person, @Context() context: RequestContext): Promise<boolean> {
    if (!maySeePrivate(context.viewer, person)) return false;
    return perRequest(context, 'isAmbassador', () => this.ambassadors.createCurrentLoader()).load(person.id);
  }
}
