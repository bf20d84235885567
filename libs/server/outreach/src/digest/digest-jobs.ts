import type { OnModuleInit } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { JobsService } from '@relais/server-jobs';
import { DigestService } from './digest.service';

export const WEEKLY_DIGEST_JOB = 'outreach.weekly-digest';

/** Every quarter of an hour the job asks whether it is the set weekday and hour; only then does it run. */
@Injectable()
export class DigestJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly digest: DigestService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: WEEKLY_DIGEST_JOB, cron: '*/15 * * * *', run: () => this.digest.runIfDue(new Date()) });
  }
}
