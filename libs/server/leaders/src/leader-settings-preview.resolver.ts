import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, fieldError } from '@relais/domain-people';
import { rankingChanges } from '@relais/domain-leaders';
import { NeighbourhoodsService } from '@relais/server-neighbourhoods';
import { PeopleService, Person } from '@relais/server-people';
import type { RequestContext } from '@relais/server-shared';
import { SlidingWindowLimiter, assertValid, checkPage, givenFields, isUuid, notFound, perRequest, requireRole, tooManyAttempts } from '@relais/server-shared';
import { LeaderScoresService } from './leader-scores.service';
import { LeaderPreviewRow, LeaderSettingsPreview } from './leader-settings-preview.type';
import { LeaderSettingsInput, LeaderSettingsType } from './leader-settings.type';
import { LeaderSettingsService } from './leader-settings.service';

/** Each preview scores a whole neighbourhood twice: an admin trying values needs a few a minute, never hundreds. */
export const LEADER_PREVIEWS_PER_MINUTE = 30;

@Resolver(() => LeaderSettingsPreview)
export class LeaderSettingsPreviewResolver {
  private readonly previews = new SlidingWindowLimiter(LEADER_PREVIEWS_PER_MINUTE, 60_000);

  constructor(
    private readonly settings: LeaderSettingsService,
    private readonly scores: LeaderScoresService,
    private readonly neighbourhoods: NeighbourhoodsService,
  ) {}

  @Query(() => LeaderSettingsPreview, {
    description:
      'ADMIN: a neighbourhood’s top places under the settings in use and under these edited ones (checked as updateLeaderSettings checks them), computed now and saving nothing. 30 a minute.',
  })
  async leaderSettingsPreview(
    @Context() context: RequestContext,
    @Args('settings', { type: () => LeaderSettingsInput }) settings: LeaderSettingsInput,
    @Args('neighbourhoodId', { type: () => ID }) neighbourhoodId: string,
    @Args('first', { type: () => Int, defaultValue: 10, description: 'Places compared, 1 to 100.' }) first: number,
  ): Promise<LeaderSettingsPreview> {
    const admin = requireRole(context.viewer, Role.ADMIN);
    assertValid(checkPage(first, 0));
    if (!this.previews.tryHit(admin.id)) throw tooManyAttempts('at most 30 previews a minute; try again shortly', 60);
    const { current, edited } = await this.settings.edit(givenFields(settings));
    if (!isUuid(neighbourhoodId)) assertValid([fieldError('neighbourhoodId', 'is not an id')]);
    if (!(await perRequest(context, 'neighbourhood', () => this.neighbourhoods.createLoader()).load(neighbourhoodId))) {
      throw notFound('neighbourhood', neighbourhoodId);
    }
    const [before, after] = await this.scores.rankWith(neighbourhoodId, [current, edited]);
    return {
      current: current as LeaderSettingsType,
      edited: edited as LeaderSettingsType,
      rows: rankingChanges(before ?? [], after ?? [], first),
      ranked: before?.length ?? 0,
    };
  }
}

@Resolver(() => LeaderPreviewRow)
export class LeaderPreviewRowResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => Person)
  async person(@Parent() row: LeaderPreviewRow, @Context() context: RequestContext): Promise<Person> {
    return (await perRequest(context, 'person', () => this.people.createLoader()).load(row.personId)) as Person;
  }
}
