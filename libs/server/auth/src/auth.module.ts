import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { PeopleModule } from '@relais/server-people';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { RequestContextFactory } from './request-context.factory';

@Module({})
export class AuthModule {
  static forRoot(options: { jwtSecret: string }): DynamicModule {
    // A key object made once: given a string, jsonwebtoken first tries (and fails) to read it
    // as a PEM public key on every verification, about a millisecond per request.
    const key = createSecretKey(Buffer.from(options.jwtSecret, 'utf8'));
    return {
      module: AuthModule,
      imports: [
        PeopleModule,
        JwtModule.register({ secretOrKeyProvider: () => key, signOptions: { expiresIn: '30d', algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
      ],
      providers: [AuthService, AuthResolver, LoginThrottleService, RequestContextFactory],
      exports: [AuthService, RequestContextFactory],
    };
  }
}
