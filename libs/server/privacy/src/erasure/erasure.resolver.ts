import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Role, fieldError } from '@relais/domain-people';
import { AuthService } from '@relais/server-auth';
import type { RequestContext } from '@relais/server-shared';
import { SlidingWindowLimiter, badUserInput, requireRole, requireViewer, tooManyAttempts } from '@relais/server-shared';
import { ErasureService } from './erasure.service';

/** An admin erases for people who asked by phone or letter: a handful a day; more is a mistake or a stolen account. */
export const ADMIN_ERASURES_PER_HOUR = 30;
const HOUR_MS = 3_600_000;
const REASON_LENGTH = { min: 3, max: 500 };

@Resolver()
export class ErasureResolver {
  private readonly adminErasures = new SlidingWindowLimiter(ADMIN_ERASURES_PER_HOUR, HOUR_MS);

  constructor(
    private readonly erasure: ErasureService,
    private readonly auth: AuthService,
  ) {}

  @Mutation(() => Boolean, {
    description:
      'The caller, with their password again: erases their account. Their name, e-mail, home, addresses and words go; what others did with them stays, anonymised.',
  })
  async deleteMyAccount(@Context() context: RequestContext, @Args('password') password: string): Promise<boolean> {
    const viewer = requireViewer(context.viewer);
    await this.auth.confirmPassword(viewer.id, password, context.ip);
    await this.erasure.erase(viewer.id, { actorId: viewer.id, reason: 'SELF' });
    return true;
  }

  @Mutation(() => Boolean, {
    description: `ADMIN: erases a person who asked by phone or letter, as deleteMyAccount does; audited with the reason (${REASON_LENGTH.min} to ${REASON_LENGTH.max} characters; do not write their name in it).`,
  })
  async erasePerson(
    @Context() context: RequestContext,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('reason') reason: string,
  ): Promise<boolean> {
    const admin = requireRole(context.viewer, Role.ADMIN);
    const why = reason.trim();
    if (why.length < REASON_LENGTH.min || why.length > REASON_LENGTH.max) {
      throw badUserInput([fieldError('reason', `must be ${REASON_LENGTH.min} to ${REASON_LENGTH.max} characters`)]);
    }
    if (!this.adminErasures.tryHit(admin.id)) throw tooManyAttempts('too many erasures from this account; try again within the hour', HOUR_MS / 1000);
    await this.erasure.erase(personId, { actorId: admin.id, reason: why });
    return true;
  }
}
