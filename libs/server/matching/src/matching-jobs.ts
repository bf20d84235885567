import type { OnModuleInit } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { pruneChangeLog } from '@relais/server-database';
import { JobsService } from '@relais/server-jobs';
import { DataSource } from 'typeorm';

export const PRUNE_VOLUNTEER_CHANGES_JOB = 'matching.prune-volunteer-changes';

/** The volunteers' change log keeps a day: every mirror has read it by then, or reads everything again. */
@Injectable()
export class MatchingJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: PRUNE_VOLUNTEER_CHANGES_JOB, cron: '17 * * * *', run: () => this.db.query(pruneChangeLog('volunteer_change')) });
  }
}
