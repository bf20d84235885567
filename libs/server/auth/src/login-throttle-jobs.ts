import type { OnModuleInit } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { JobsService } from '@relais/server-jobs';
import { LoginThrottleService } from './login-throttle.service';

export const PRUNE_LOGIN_THROTTLE_JOB = 'auth.prune-login-throttle';

/** Counters are forgotten once their window (and their known address) has run out. */
@Injectable()
export class LoginThrottleJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly throttle: LoginThrottleService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: PRUNE_LOGIN_THROTTLE_JOB, cron: '29 * * * *', run: () => this.throttle.prune() });
  }
}
