import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { HelpRequestStatus, queueFilterErrors } from '@relais/domain-help-requests';
import { Role } from '@relais/domain-people';
import { AuditService } from '@relais/server-audit';
import { LatLngType, Neighbourhood, NeighbourhoodsService } from '@relais/server-neighbourhoods';
import { PeopleService, Person } from '@relais/server-people';
import type { RequestContext } from '@relais/server-shared';
import { assertValid, checkPage, perRequest, requireOrganiserOf, requireViewer } from '@relais/server-shared';
import { HelpRequestEvent } from './help-request-event.entity';
import { addressReaderRole, mayFollow, maySeeExact, READ_ADDRESS } from './help-request-access';
import { HelpRequestPage } from './help-request-page.type';
import { HelpRequest } from './help-request.entity';
import { HelpRequestsService } from './help-requests.service';
import { FeedbackService } from './feedback.service';
import { Thanks } from './thanks.type';
import { QueueFilterArgs, queueFilterOf } from './queue-filter.args';

/** Reading help requests, and the fields that depend on who reads. */
@Resolver(() => HelpRequest)
export class HelpRequestResolver {
  constructor(
    private readonly service: HelpRequestsService,
    private readonly people: PeopleService,
    private readonly neighbourhoods: NeighbourhoodsService,
    private readonly audit: AuditService,
    private readonly feedback: FeedbackService,
  ) {}

  @Query(() => HelpRequest, { nullable: true, description: 'Null when there is no such request or the caller may not see it.' })
  helpRequest(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<HelpRequest | null> {
    return this.service.findVisible(requireViewer(context.viewer), id);
  }

  @Query(() => HelpRequestPage, { description: 'Requests the caller posted (or that were posted for them), newest first.' })
  myHelpRequests(
    @Context() context: RequestContext,
    @Args('status', { type: () => HelpRequestStatus, nullable: true }) status: HelpRequestStatus | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<HelpRequestPage> {
    return this.ownList(context, 'requester', status, first, offset);
  }

  @Query(() => HelpRequestPage, { description: 'Requests the calling volunteer holds or held, newest first.' })
  myTasks(
    @Context() context: RequestContext,
    @Args('status', { type: () => HelpRequestStatus, nullable: true }) status: HelpRequestStatus | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<HelpRequestPage> {
    return this.ownList(context, 'assignee', status, first, offset);
  }

  @Query(() => HelpRequestPage, { description: "ORGANISER of the neighbourhood: its requests, unmatched first, then oldest first." })
  helpRequestQueue(
    @Context() context: RequestContext,
    @Args('neighbourhoodId', { type: () => ID }) neighbourhoodId: string,
    @Args('status', { type: () => HelpRequestStatus, nullable: true }) status: HelpRequestStatus | null,
    @Args() args: QueueFilterArgs,
  ): Promise<HelpRequestPage> {
    requireOrganiserOf(context.viewer, neighbourhoodId);
    const filter = queueFilterOf(args);
    assertValid([...checkPage(filter.first, filter.offset), ...queueFilterErrors(filter)]);
    return this.service.queue({ ...filter, neighbourhoodIds: [neighbourhoodId], statuses: status ? [status] : null });
  }

  @ResolveField(() => Neighbourhood, { nullable: true })
  neighbourhood(@Parent() request: HelpRequest, @Context() context: RequestContext): Promise<Neighbourhood | null> | null {
    if (!request.neighbourhoodId) return null;
    return perRequest(context, 'neighbourhood', () => this.neighbourhoods.createLoader()).load(request.neighbourhoodId);
  }

  @ResolveField(() => Person)
  async requester(@Parent() request: HelpRequest, @Context() context: RequestContext): Promise<Person> {
    return (await this.personLoader(context).load(request.requesterId)) as Person;
  }

  @ResolveField(() => Person, { nullable: true })
  assignee(@Parent() request: HelpRequest, @Context() context: RequestContext): Promise<Person | null> | null {
    return request.assigneeId ? this.personLoader(context).load(request.assigneeId) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Null unless the caller is the requester, an organiser of its neighbourhood (or ADMIN), or the assignee while they hold it and for 7 days after it closed; removed for good some time after it closed (addressRetentionDays).',
  })
  async address(@Parent() request: HelpRequest, @Context() context: RequestContext): Promise<string | null> {
    if (!(await this.revealExact(request, context))) return null;
    return request.address;
  }

  @ResolveField(() => LatLngType, { nullable: true, description: 'The exact location; seen by those who see the address.' })
  async location(@Parent() request: HelpRequest, @Context() context: RequestContext): Promise<LatLngType | null> {
    if (!(await this.revealExact(request, context))) return null;
    return { lat: request.lat, lng: request.lng };
  }

  @ResolveField(() => LatLngType, { description: 'Seen by everyone who sees the request: the centre of its ~0.7 km² H3 cell (resolution 8).' })
  approximateLocation(@Parent() request: HelpRequest): LatLngType {
    return { lat: request.coarseLat, lng: request.coarseLng };
  }

  @ResolveField(() => [HelpRequestEvent], { description: 'Its history; seen by its requester and assignee, organisers of its neighbourhood and ADMIN.' })
  events(@Parent() request: HelpRequest, @Context() context: RequestContext): Promise<HelpRequestEvent[]> | [] {
    return mayFollow(context.viewer, request) ? perRequest(context, 'helpRequestEvents', () => this.service.createEventsLoader()).load(request.id) : [];
  }

  @ResolveField(() => Thanks, { nullable: true, description: "The requester's thanks, once given; seen by those who see its history." })
  thanksGiven(@Parent() request: HelpRequest, @Context() context: RequestContext): Promise<Thanks | null> | null {
    if (request.status !== HelpRequestStatus.DONE || !mayFollow(context.viewer, request)) return null;
    return perRequest(context, 'thanks', () => this.feedback.createThanksLoader()).load(request.id);
  }

  /**
   * True when the caller may see the exact place. Anyone but the requester leaves a trace in the
   * audit log, with the role they read under: an organiser (or ADMIN) once per request per
   * GraphQL request, the assignee once per request per day (their task list is their daily tool;
   * the requester wants to know who saw the address, not how often a page was refreshed).
   */
  private async revealExact(request: HelpRequest, context: RequestContext): Promise<boolean> {
    const viewer = context.viewer;
    if (!viewer || !maySeeExact(viewer, request)) return false;
    if (viewer.id === request.requesterId) return true;
    const as = addressReaderRole(viewer, request);
    // A subscription resolves every event in the one context of its connection: record each event.
    const perBatch = !!context.subscriber;
    await perRequest(context, `auditAddressRead:${as}`, () =>
      this.audit.createReadRecorder(viewer.id, READ_ADDRESS, 'help_request', { detail: { as }, oncePerDay: as === Role.VOLUNTEER, perBatch }),
    ).load(request.id);
    return true;
  }

  private ownList(context: RequestContext, as: 'requester' | 'assignee', status: HelpRequestStatus | null, first: number, offset: number) {
    const viewer = requireViewer(context.viewer);
    assertValid(checkPage(first, offset));
    return this.service.mine(viewer, as, status, { first, offset });
  }

  private personLoader(context: RequestContext) {
    return perRequest(context, 'person', () => this.people.createLoader());
  }
}
