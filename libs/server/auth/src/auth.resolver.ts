import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@relais/server-shared';
import { AuthPayload } from './auth-payload.type';
import { AuthService } from './auth.service';
import { SignUpInput } from './sign-up.input';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayload)
  signUp(@Args('input', { type: () => SignUpInput }) input: SignUpInput, @Context() context: RequestContext): Promise<AuthPayload> {
    return this.auth.signUp(input, context.ip);
  }

  @Mutation(() => AuthPayload)
  logIn(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() context: RequestContext,
  ): Promise<AuthPayload> {
    return this.auth.logIn(email, password, context.ip);
  }
}
