import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@relais/domain-people';
import type { RequestContext } from '@relais/server-shared';
import { assertValid, checkPage, isAdmin, requireRole } from '@relais/server-shared';
import { FailedMailService } from './failed-mail.service';
import { OutboxEmail, OutboxEmailPage } from './outbox-email.type';

/** ADMIN only: the mails the outbox gave up, why, and sending one again. */
@Resolver(() => OutboxEmail)
export class FailedMailResolver {
  constructor(private readonly failed: FailedMailService) {}

  @Query(() => OutboxEmailPage, { description: 'ADMIN: mails given up (refused for good, or too many attempts), newest first.' })
  failedEmails(
    @Context() context: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<OutboxEmailPage> {
    requireRole(context.viewer, Role.ADMIN);
    assertValid(checkPage(first, offset));
    return this.failed.page(first, offset);
  }

  @Mutation(() => OutboxEmail, { description: 'ADMIN: send a FAILED mail again (say, once its address is mended); CONFLICT for any other.' })
  retryEmail(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<OutboxEmail> {
    const admin = requireRole(context.viewer, Role.ADMIN);
    return this.failed.retry(id, admin.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'The recipient; null unless the caller is ADMIN.' })
  to(@Parent() mail: OutboxEmail, @Context() context: RequestContext): string | null {
    return isAdmin(context.viewer) ? mail.toAddress : null;
  }
}
