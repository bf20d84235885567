import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@relais/domain-people';
import type { RequestContext } from '@relais/server-shared';
import { givenFields, requireRole } from '@relais/server-shared';
import { PrivacySettingsService } from './privacy-settings.service';
import { PrivacySettingsInput, PrivacySettingsType } from './privacy-settings.type';

/** ADMIN only, both ways: UNAUTHENTICATED without a token, FORBIDDEN for any other role. */
@Resolver(() => PrivacySettingsType)
export class PrivacySettingsResolver {
  constructor(private readonly settings: PrivacySettingsService) {}

  @Query(() => PrivacySettingsType, { description: 'ADMIN: how long Relais keeps exact addresses, the audit log and unused accounts.' })
  privacySettings(@Context() context: RequestContext): Promise<PrivacySettingsType> {
    requireRole(context.viewer, Role.ADMIN);
    return this.settings.current();
  }

  @Mutation(() => PrivacySettingsType, {
    description: 'ADMIN: change how long Relais keeps what it holds (each in its range, else BAD_USER_INPUT naming the fields; audited). The next nightly run applies it.',
  })
  updatePrivacySettings(
    @Context() context: RequestContext,
    @Args('input', { type: () => PrivacySettingsInput }) input: PrivacySettingsInput,
  ): Promise<PrivacySettingsType> {
    const admin = requireRole(context.viewer, Role.ADMIN);
    return this.settings.update(givenFields(input), admin.id);
  }
}
