import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { PeopleService } from '@relais/server-people';
import type { RequestContext } from '@relais/server-shared';
import { AuthPayload } from './auth-payload.type';
import { AuthService } from './auth.service';
import { SignUpInput } from './sign-up.input';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly people: PeopleService,
  ) {}

  @Mutation(() => AuthPayload)
  async signUp(@Args('input', { type: () => SignUpInput }) input: SignUpInput, @Context() context: RequestContext): Promise<AuthPayload> {
    return this.actAs(context, await this.auth.signUp(input, context.ip));
  }

  @Mutation(() => AuthPayload)
  async logIn(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() context: RequestContext,
  ): Promise<AuthPayload> {
    return this.actAs(context, await this.auth.logIn(email, password, context.ip));
  }

  /** The rest of the answer (the person's own e-mail, scopes, profile) is read as the person who just signed in. */
  private async actAs(context: RequestContext, payload: AuthPayload): Promise<AuthPayload> {
    context.viewer = await this.people.viewerFor(payload.person.id);
    return payload;
  }
}
