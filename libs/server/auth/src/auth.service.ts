import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import {
  Role,
  checkDisplayName,
  checkEmail,
  checkPassword,
  checkSelfChosenRole,
  checkSkills,
  fieldError,
  normaliseEmail,
} from '@relais/domain-people';
import type { Person } from '@relais/server-people';
import { checkLocation } from '@relais/server-neighbourhoods';
import { PeopleService } from '@relais/server-people';
import type { Subscriber, Viewer } from '@relais/server-shared';
import { SlidingWindowLimiter, assertValid, badUserInput, tooManyAttempts, unauthenticated } from '@relais/server-shared';
import type { EntityManager } from 'typeorm';
import type { AuthPayload } from './auth-payload.type';
import { LastActivity } from './last-activity';
import { LoginThrottleService } from './login-throttle.service';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './password-hasher';
import type { SignUpInput } from './sign-up.input';

/**
 * A desk registering people at a community centre makes 100 sign-ups and 100 log-ins a minute
 * from one address: allow three times that before calling it a flood.
 */
const PER_ADDRESS_PER_MINUTE = 300;

interface TokenClaims {
  sub: string;
  /** Seconds since the epoch, set by signing with expiresIn. */
  exp?: number;
}

@Injectable()
export class AuthService {
  private readonly signUps = new SlidingWindowLimiter(PER_ADDRESS_PER_MINUTE, 60_000);
  private readonly logIns = new SlidingWindowLimiter(PER_ADDRESS_PER_MINUTE, 60_000);

  constructor(
    private readonly people: PeopleService,
    private readonly throttle: LoginThrottleService,
    private readonly jwt: JwtService,
    private readonly activity: LastActivity,
  ) {}

  async signUp(input: SignUpInput, ip: string): Promise<AuthPayload> {
    if (!this.signUps.tryHit(ip)) throw tooManyAttempts('too many sign-ups from this address; wait a minute', 60);
    assertValid([
      ...checkEmail(input.email),
      ...checkPassword(input.password),
      ...checkDisplayName(input.displayName),
      ...checkSelfChosenRole(input.role),
      ...checkLocation(input.location),
      ...checkSkills(input.skills),
      ...(input.skills?.length && input.role !== Role.VOLUNTEER ? [fieldError('skills', 'are for volunteers only')] : []),
    ]);
    const person = await this.people.create({
      email: input.email,
      passwordHash: await hashPassword(input.password),
      displayName: input.displayName,
      roles: [input.role],
      home: input.location,
      skills: input.skills,
      referralCode: input.referralCode,
      relayCode: input.relayCode,
      ideaId: input.ideaId,
      rankingConsent: input.rankingConsent,
      contactConsent: input.contactConsent,
      newsConsent: input.newsConsent,
    });
    return this.issue(person);
  }

  /**
   * The try is counted before the password is checked, whether the e-mail exists or not (the
   * throttle answers alike for both); a wrong password leaves it counted as a failure.
   */
  async logIn(email: string, password: string, ip: string): Promise<AuthPayload> {
    if (!this.logIns.tryHit(ip)) throw tooManyAttempts('too many log-ins from this address; wait a minute', 60);
    const key = normaliseEmail(email);
    const attempt = await this.throttle.reserve(key, ip);
    const person = await this.people.findByEmail(key);
    const ok = person ? await verifyPassword(person.passwordHash, password) : await verifyAgainstNothing(password);
    if (!person || !ok) throw unauthenticated('wrong e-mail or password');
    await this.throttle.succeeded(attempt);
    await this.activity.loggedIn(person.id);
    return this.issue(person);
  }

  /**
   * Asks the caller's password again before what cannot be undone (erasure). Counted by the
   * log-in throttle like a log-in, so a stolen token cannot be used to guess it.
   */
  async confirmPassword(personId: string, password: string, ip: string): Promise<void> {
    const person = await this.people.findById(personId);
    if (!person) throw unauthenticated('sign in first');
    const attempt = await this.throttle.reserve(normaliseEmail(person.email), ip);
    if (!(await verifyPassword(person.passwordHash, password))) throw badUserInput([fieldError('password', 'is not your password')]);
    await this.throttle.succeeded(attempt);
  }

  /** Erasure: the log-in counters kept under this e-mail go, in the erasure's transaction. */
  forgetLogIns(email: string, manager?: EntityManager): Promise<void> {
    return this.throttle.forget(normaliseEmail(email), manager);
  }

  /** Who a valid token names and until when it holds; null for a missing, forged or expired one. */
  async subscriberFromToken(token: string | null): Promise<Subscriber | null> {
    if (!token) return null;
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims>(token);
      return { personId: claims.sub, expiresAt: (claims.exp ?? Number.POSITIVE_INFINITY) * 1000 };
    } catch {
      return null;
    }
  }

  /** The caller behind a bearer token, or null when there is none or it is not valid; their day of use is recorded. */
  async viewerFromToken(token: string | null): Promise<Viewer | null> {
    const subscriber = await this.subscriberFromToken(token);
    const viewer = subscriber ? await this.people.viewerFor(subscriber.personId) : null;
    if (viewer) await this.activity.touch(viewer.id);
    return viewer;
  }

  /** Boot: the first admin from ADMIN_EMAIL/ADMIN_PASSWORD, unless that e-mail already exists. */
  async ensureAdmin(email: string, password: string, home: { lat: number; lng: number }): Promise<boolean> {
    if (await this.people.findByEmail(email)) return false;
    await this.people.create({
      email,
      passwordHash: await hashPassword(password),
      displayName: 'Admin',
      roles: [Role.ADMIN],
      home,
    });
    return true;
  }

  private async issue(person: Person): Promise<AuthPayload> {
    return { token: await this.jwt.signAsync({ sub: person.id } satisfies TokenClaims), person };
  }
}
