import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@relais/domain-people';
import { JobsService } from '@relais/server-jobs';
import type { RequestContext } from '@relais/server-shared';
import { requireRole } from '@relais/server-shared';
import { REFRESH_ALL_JOB } from './leader-jobs';
import { LeaderSettingsInput, LeaderSettingsType } from './leader-settings.type';
import { LeaderSettingsService } from './leader-settings.service';

/** GraphQL inputs carry null for what was left out; the settings rules want it absent. */
function withoutNulls(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const entries = Object.entries(value).filter(([, item]) => item !== null && item !== undefined);
  return Object.fromEntries(entries.map(([key, item]) => [key, withoutNulls(item)]));
}

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
    const next = await this.settings.update(withoutNulls({ ...input }) as Record<string, unknown>, admin.id);
    await this.jobs.nudge(REFRESH_ALL_JOB);
    return next as LeaderSettingsType;
  }
}
