import type { OnModuleInit } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { pruneChangeLog } from '@relais/server-database';
import { JobsService } from '@relais/server-jobs';
import { DataSource } from 'typeorm';
import { LeaderScoresService } from './leader-scores.service';

export const REFRESH_DUE_JOB = 'leaders.refresh-due';
export const REFRESH_ALL_JOB = 'leaders.refresh-all';
export const PRUNE_EDGE_CHANGES_JOB = 'leaders.prune-edge-changes';

/**
 * Neighbourhoods whose activity changed are recomputed a minute or two after (changes within that
 * minute are one run); every neighbourhood at night, when old help has faded a day more. The
 * graph's change log keeps a day.
 */
@Injectable()
export class LeaderJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly scores: LeaderScoresService,
    private readonly db: DataSource,
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
    this.jobs.register({ name: PRUNE_EDGE_CHANGES_JOB, cron: '47 * * * *', run: () => this.db.query(pruneChangeLog('trust_edge_change')) });
  }
}
