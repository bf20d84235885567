import type { OnModuleInit } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { JobsService } from '@relais/server-jobs';
import { LeaderScoresService } from './leader-scores.service';

export const REFRESH_DUE_JOB = 'leaders.refresh-due';
export const REFRESH_ALL_JOB = 'leaders.refresh-all';

/**
 * Neighbourhoods whose activity changed are recomputed a minute or two after (changes within that
 * minute are one run); every neighbourhood at night, when old help has faded a day more.
 */
@Injectable()
export class LeaderJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly scores: LeaderScoresService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: REFRESH_DUE_JOB, cron: '* * * * *', run: () => this.scores.refreshDue() });
    this.jobs.register({
      name: REFRESH_ALL_JOB,
      cron: '30 2 * * *',
      run: async () => {
        await this.scores.refreshAll();
        await this.scores.pruneSnapshots();
      },
    });
  }
}
