import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@relais/domain-people';
import { JobsService } from '@relais/server-jobs';
import type { RequestContext } from '@relais/server-shared';
import { givenFields, requireRole } from '@relais/server-shared';
import { REFRESH_ALL_JOB } from './leader-jobs';
import { LeaderSettingsInput, LeaderSettingsType } from './leader-settings.type';
import { LeaderSettingsService } from './leader-settings.service';

@Resolver(() => LeaderSettingsType)
export class LeaderSettingsResolver {
  constructor(
    private readonly settings: LeaderSettingsService,
    private readonly jobs: JobsService,
  ) {}

  @Query(() => LeaderSettingsType, { description: 'ORGANISER or ADMIN: how leader scores are computed now.' })
  leaderSettings(@Context() context: RequestContext): Promise<LeaderSettingsType> {
    requireRole(context.viewer, Role.ORGANISER);
    return this.settings.current() as Promise<LeaderSettingsType>;
  }

  @Mutation(() => LeaderSettingsType, { description: 'ADMIN: change how leader scores are computed (validated; audited); every neighbourhood is recomputed soon.' })
  async updateLeaderSettings(
    @Context() context: RequestContext,
    @Args('input', { type: () => LeaderSettingsInput }) input: LeaderSettingsInput,
  ): Promise<LeaderSettingsType> {
    const admin = requireRole(context.viewer, Role.ADMIN);
    const next = await this.settings.update(givenFields(input), admin.id);
    await this.jobs.nudge(REFRESH_ALL_JOB);
    return next as LeaderSettingsType;
  }
}
