import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@relais/domain-people';
import type { RequestContext } from '@relais/server-shared';
import { SlidingWindowLimiter, givenFields, requireRole, tooManyAttempts } from '@relais/server-shared';
import { DigestSettingsService } from './digest-settings.service';
import { DigestService } from './digest.service';
import { DigestPreview, OutreachSettingsInput, OutreachSettingsType } from './digest.types';

/** A run reads every person with digest consent: one a minute is plenty, and keeps a double click from starting two. */
const RUNS_PER_MINUTE = 1;

@Resolver()
export class DigestResolver {
  private readonly runs = new SlidingWindowLimiter(RUNS_PER_MINUTE, 60_000);

  constructor(
    private readonly digest: DigestService,
    private readonly settings: DigestSettingsService,
  ) {}

  @Query(() => OutreachSettingsType, { description: 'ADMIN: when the weekly digest goes out, and the campaigns’ weekly cap per ambassador.' })
  outreachSettings(@Context() context: RequestContext): Promise<OutreachSettingsType> {
    requireRole(context.viewer, Role.ADMIN);
    return this.settings.current();
  }

  @Mutation(() => OutreachSettingsType, { description: 'ADMIN: change them (each in its range, else BAD_USER_INPUT naming the fields; audited).' })
  updateOutreachSettings(
    @Context() context: RequestContext,
    @Args('input', { type: () => OutreachSettingsInput }) input: OutreachSettingsInput,
  ): Promise<OutreachSettingsType> {
    const admin = requireRole(context.viewer, Role.ADMIN);
    return this.settings.update(givenFields(input), admin.id);
  }

  @Mutation(() => Int, { description: 'ADMIN: send this week’s digest now to whoever has not had it; returns how many were queued. Once a minute.' })
  async runWeeklyDigest(@Context() context: RequestContext): Promise<number> {
    requireRole(context.viewer, Role.ADMIN);
    if (!this.runs.tryHit('run')) throw tooManyAttempts('the weekly digest runs at most once a minute', 60);
    return this.digest.queueNow(new Date());
  }

  @Query(() => DigestPreview, {
    nullable: true,
    description: 'ADMIN, or an organiser of where the person lives (NOT_FOUND otherwise): the digest they would get now; null when they would get none.',
  })
  digestPreview(@Context() context: RequestContext, @Args('personId', { type: () => ID }) personId: string): Promise<DigestPreview | null> {
    return this.digest.preview(context.viewer, personId);
  }
}
