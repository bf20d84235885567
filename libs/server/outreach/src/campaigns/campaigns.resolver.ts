import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Neighbourhood, NeighbourhoodsService } from '@relais/server-neighbourhoods';
import { Person, PeopleService } from '@relais/server-people';
import type { RequestContext } from '@relais/server-shared';
import { notFound, perRequest, requireViewer } from '@relais/server-shared';
import { Campaign, CampaignAmbassadorReport, CampaignInput, CampaignReport, RelayChannel, RelayTask } from './campaign.types';
import { CampaignsService } from './campaigns.service';

@Resolver(() => Campaign)
export class CampaignsResolver {
  constructor(
    private readonly service: CampaignsService,
    private readonly places: NeighbourhoodsService,
  ) {}

  @Query(() => [Campaign], { description: 'ORGANISER: those of their neighbourhoods; ADMIN: all. Newest first.' })
  campaigns(@Context() context: RequestContext, @Args('neighbourhoodId', { type: () => ID, nullable: true }) neighbourhoodId: string | null): Promise<Campaign[]> {
    return this.service.list(context.viewer, neighbourhoodId ?? null);
  }

  @Query(() => Campaign, { description: 'ORGANISER of one of its neighbourhoods, ADMIN: one campaign; NOT_FOUND for others.' })
  campaign(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Campaign> {
    return this.service.organised(context.viewer, id);
  }

  @Mutation(() => Campaign, { description: 'ORGANISER of every neighbourhood listed; DRAFT.' })
  createCampaign(@Context() context: RequestContext, @Args('input', { type: () => CampaignInput }) input: CampaignInput): Promise<Campaign> {
    return this.service.create(context.viewer, input);
  }

  @Mutation(() => Campaign, { description: 'ORGANISER of its neighbourhoods; DRAFT -> SENT, once (again: CONFLICT).' })
  sendCampaign(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Campaign> {
    return this.service.send(context.viewer, id);
  }

  @ResolveField(() => [Neighbourhood])
  async neighbourhoods(@Parent() campaign: Campaign, @Context() context: RequestContext): Promise<Neighbourhood[]> {
    const loader = perRequest(context, 'neighbourhood', () => this.places.createLoader());
    return (await loader.loadMany(campaign.neighbourhoodIds)).filter((n): n is Neighbourhood => n instanceof Neighbourhood);
  }

  @ResolveField(() => [CampaignAmbassadorReport], {
    description: 'ORGANISER of one of its neighbourhoods, ADMIN: the report per ambassador reached, the most sign-ups first (at most 200).',
  })
  ambassadorReports(@Parent() campaign: Campaign, @Context() context: RequestContext): Promise<CampaignAmbassadorReport[]> {
    return this.service.ambassadorReports(context.viewer, campaign);
  }

  @ResolveField(() => CampaignReport, { description: 'ORGANISER of one of its neighbourhoods, ADMIN.' })
  report(@Parent() campaign: Campaign, @Context() context: RequestContext): Promise<CampaignReport> {
    return this.service.report(context.viewer, campaign, perRequest(context, 'campaignReport', () => this.service.createReportLoader()));
  }
}

@Resolver(() => RelayTask)
export class RelayTasksResolver {
  constructor(private readonly campaigns: CampaignsService) {}

  @Query(() => [RelayTask], { description: 'The calling ambassador’s, newest first.' })
  myRelayTasks(@Context() context: RequestContext): Promise<RelayTask[]> {
    return this.campaigns.myTasks(context.viewer);
  }

  @Mutation(() => RelayTask, { description: 'The ambassador who has the task; reach 0..100000.' })
  recordRelay(
    @Context() context: RequestContext,
    @Args('campaignId', { type: () => ID }) campaignId: string,
    @Args('channel', { type: () => RelayChannel }) channel: RelayChannel,
    @Args('reach', { type: () => Int }) reach: number,
  ): Promise<RelayTask> {
    return this.campaigns.recordRelay(context.viewer, campaignId, channel, reach);
  }

  @ResolveField(() => Campaign)
  async campaign(@Parent() task: RelayTask, @Context() context: RequestContext): Promise<Campaign> {
    requireViewer(context.viewer);
    const campaign = await this.campaigns.findById(task.campaignId);
    if (!campaign) throw notFound('campaign', task.campaignId);
    return campaign;
  }

  @ResolveField(() => String, { description: 'The absolute relay link to pass on.' })
  relayUrl(@Parent() task: RelayTask): string {
    return this.campaigns.relayUrl(task.relayCode);
  }
}

@Resolver(() => CampaignAmbassadorReport)
export class CampaignAmbassadorReportResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly places: NeighbourhoodsService,
  ) {}

  @ResolveField(() => Person, { description: 'Seen as any Person is: their organisers see what organisers see.' })
  async ambassador(@Parent() row: CampaignAmbassadorReport, @Context() context: RequestContext): Promise<Person> {
    const person = await perRequest(context, 'person', () => this.people.createLoader()).load(row.ambassadorId);
    if (!person) throw notFound('person', row.ambassadorId);
    return person;
  }

  @ResolveField(() => Neighbourhood, { nullable: true })
  neighbourhood(@Parent() row: CampaignAmbassadorReport, @Context() context: RequestContext): Promise<Neighbourhood | null> | null {
    return row.neighbourhoodId ? perRequest(context, 'neighbourhood', () => this.places.createLoader()).load(row.neighbourhoodId) : null;
  }
}
