import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PeopleModule } from '@relais/server-people';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { RequestContextFactory } from './request-context.factory';

@Module({})
export class AuthModule {
  static forRoot(options: { jwtSecret: string }): DynamicModule {
    return {
      module: AuthModule,
      imports: [PeopleModule, JwtModule.register({ secret: options.jwtSecret, signOptions: { expiresIn: '30d' } })],
      providers: [AuthService, AuthResolver, LoginThrottleService, RequestContextFactory],
      exports: [AuthService, RequestContextFactory],
    };
  }
}
