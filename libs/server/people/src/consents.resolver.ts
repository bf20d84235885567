import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConsentChannel, Role } from '@relais/domain-people';
import type { RequestContext } from '@relais/server-shared';
import { assertValid, checkPage, requireRole, requireViewer } from '@relais/server-shared';
import { ConsentEventPage } from './consent-event.type';
import { ConsentInput, consentChange } from './consent.input';
import { ConsentsService } from './consents.service';
import { Person } from './person.entity';
import { maySeePrivate } from './person-visibility';

@Resolver(() => Person)
export class ConsentsResolver {
  constructor(private readonly consents: ConsentsService) {}

  @Mutation(() => Person, { description: 'The caller gives or withdraws consents; each change is a row of their consent history.' })
  updateConsents(@Context() context: RequestContext, @Args('input', { type: () => ConsentInput }) input: ConsentInput): Promise<Person> {
    const viewer = requireViewer(context.viewer);
    return this.consents.change(viewer.id, consentChange(input), ConsentChannel.PROFILE, viewer.id);
  }

  @Mutation(() => Person, {
    description: 'ORGANISER of where the person lives (and ADMIN): record consents the person gave or withdrew by phone or in person; audited.',
  })
  recordConsent(
    @Context() context: RequestContext,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('input', { type: () => ConsentInput }) input: ConsentInput,
  ): Promise<Person> {
    const viewer = requireRole(context.viewer, Role.ORGANISER);
    return this.consents.recordByOrganiser(viewer, personId, consentChange(input));
  }

  @Query(() => ConsentEventPage, { description: 'The caller’s consents given and withdrawn, newest first.' })
  myConsentHistory(
    @Context() context: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<ConsentEventPage> {
    const viewer = requireViewer(context.viewer);
    assertValid(checkPage(first, offset));
    return this.consents.history(viewer.id, first, offset);
  }

  @ResolveField(() => Boolean, { description: 'Agrees to receive news, campaigns and ways to help. Seen by the person, ADMIN and organisers of where they live; false for others.' })
  newsConsent(@Parent() person: Person, @Context() context: RequestContext): boolean {
    return maySeePrivate(context.viewer, person) && person.newsConsent;
  }

  @ResolveField(() => Boolean, { description: 'Gets the weekly digest. Seen by the person, ADMIN and organisers of where they live; false for others.' })
  digestConsent(@Parent() person: Person, @Context() context: RequestContext): boolean {
    return maySeePrivate(context.viewer, person) && person.digestConsent;
  }
}
