import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PeopleService, Person } from '@relais/server-people';
import type { RequestContext } from '@relais/server-shared';
import { perRequest, requireViewer } from '@relais/server-shared';
import { AddressRead } from './address-read.type';
import { AddressReadsService } from './address-reads.service';
import { HelpRequest } from './help-request.entity';
import { HelpRequestsService } from './help-requests.service';

/** A requester's view of who saw their addresses. */
@Resolver(() => AddressRead)
export class AddressReadsResolver {
  constructor(
    private readonly reads: AddressReadsService,
    private readonly people: PeopleService,
    private readonly requests: HelpRequestsService,
  ) {}

  @Query(() => [AddressRead], { description: 'The caller: who read the exact address of their requests, newest first (the last 200).' })
  myAddressReads(@Context() context: RequestContext): Promise<AddressRead[]> {
    return this.reads.of(requireViewer(context.viewer).id);
  }

  @ResolveField(() => Person, { description: 'Their name; their other fields are shown as to anyone who meets them.' })
  async reader(@Parent() read: AddressRead, @Context() context: RequestContext): Promise<Person> {
    return (await perRequest(context, 'person', () => this.people.createLoader()).load(read.readerId)) as Person;
  }

  @ResolveField(() => HelpRequest)
  async request(@Parent() read: AddressRead, @Context() context: RequestContext): Promise<HelpRequest> {
    return (await perRequest(context, 'helpRequest', () => this.requests.createLoader()).load(read.requestId)) as HelpRequest;
  }
}
