import { Args, Context, GraphQLISODateTime, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { fieldError, Role } from '@relais/domain-people';
import { PeopleService, Person } from '@relais/server-people';
import type { RequestContext } from '@relais/server-shared';
import { assertValid, checkPage, perRequest, requireRole } from '@relais/server-shared';
import { AuditEntry, AuditEntryPage } from './audit-entry.type';
import { AuditLogService } from './audit-log.service';

/** The audit log, for ADMIN. */
@Resolver(() => AuditEntry)
export class AuditLogResolver {
  constructor(
    private readonly log: AuditLogService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => AuditEntryPage, { description: 'ADMIN: who saw or changed what, newest first.' })
  auditLog(
    @Context() context: RequestContext,
    @Args('personId', { type: () => ID, nullable: true, description: 'Entries about this person or their requests.' }) personId: string | null,
    @Args('readerId', { type: () => ID, nullable: true, description: 'Entries this person wrote.' }) readerId: string | null,
    @Args('action', { type: () => String, nullable: true, description: 'e.g. READ_ADDRESS.' }) action: string | null,
    @Args('from', { type: () => GraphQLISODateTime, nullable: true, description: 'At or after.' }) from: Date | null,
    @Args('to', { type: () => GraphQLISODateTime, nullable: true, description: 'Before.' }) to: Date | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<AuditEntryPage> {
    requireRole(context.viewer, Role.ADMIN);
    assertValid([...checkPage(first, offset), ...(from && to && from > to ? [fieldError('to', 'must not be before from')] : [])]);
    return this.log.page({ personId, readerId, action, from, to, first, offset });
  }

  @ResolveField(() => Person, { nullable: true, description: 'Null once the actor is erased, or for the system.' })
  actor(@Parent() entry: AuditEntry, @Context() context: RequestContext): Promise<Person | null> | null {
    return entry.actorId ? perRequest(context, 'person', () => this.people.createLoader()).load(entry.actorId) : null;
  }
}
