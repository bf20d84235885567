import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { createHmac, createSecretKey } from 'node:crypto';
import { PeopleModule } from '@relais/server-people';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LastActivity } from './last-activity';
import { LoginThrottleJobs } from './login-throttle-jobs';
import { LOGIN_THROTTLE_KEY, LoginThrottleService } from './login-throttle.service';
import { RequestContextFactory } from './request-context.factory';
import { SubscriptionGate } from './subscription-gate';
import { UNSUBSCRIBE_KEY, UnsubscribeLinks } from './unsubscribe-links';
import { UnsubscribeController } from './unsubscribe.controller';

@Module({})
export class AuthModule {
  static forRoot(options: { jwtSecret: string }): DynamicModule {
    // A key object made once: given a string, jsonwebtoken first tries (and fails) to read it
    // as a PEM public key on every verification, about a millisecond per request.
    const key = createSecretKey(Buffer.from(options.jwtSecret, 'utf8'));
    // The throttle's counters are keyed by a hash under a key of their own, not the signing key.
    const throttleKey = createSecretKey(createHmac('sha256', key).update('relais login throttle').digest());
    const unsubscribeKey = createSecretKey(createHmac('sha256', key).update('relais unsubscribe links').digest());
    return {
      module: AuthModule,
      // Global: erasure (privacy) asks a password again and forgets log-in counters.
      global: true,
      imports: [
        PeopleModule,
        JwtModule.register({ secretOrKeyProvider: () => key, signOptions: { expiresIn: '30d', algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
      ],
      providers: [
        AuthService,
        LastActivity,
        AuthResolver,
        LoginThrottleService,
        LoginThrottleJobs,
        { provide: LOGIN_THROTTLE_KEY, useValue: throttleKey },
        { provide: UNSUBSCRIBE_KEY, useValue: unsubscribeKey },
        UnsubscribeLinks,
        RequestContextFactory,
        SubscriptionGate,
      ],
      controllers: [UnsubscribeController],
      exports: [AuthService, RequestContextFactory, SubscriptionGate, UnsubscribeLinks],
    };
  }
}
