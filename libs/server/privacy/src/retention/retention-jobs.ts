import type { OnModuleInit } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { JobsService } from '@relais/server-jobs';
import { RetentionService } from './retention.service';

export const REMOVE_EXACT_PLACES_JOB = 'privacy.remove-exact-places';
export const PURGE_AUDIT_LOG_JOB = 'privacy.purge-audit-log';
export const PURGE_OUTBOX_JOB = 'privacy.purge-outbox';
export const INACTIVE_ACCOUNTS_JOB = 'privacy.inactive-accounts';

/**
 * The retention rules, nightly, one job each so that one failing (and retried by pg-boss) holds
 * back none of the others: between 03:10 and 03:40 UTC (04:10 to 05:40 in Paris), after the
 * leaders' nightly recomputation and before anyone's morning.
 */
@Injectable()
export class RetentionJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly retention: RetentionService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: REMOVE_EXACT_PLACES_JOB, cron: '10 3 * * *', run: () => this.retention.removeExactPlaces(new Date()) });
    this.jobs.register({ name: PURGE_AUDIT_LOG_JOB, cron: '20 3 * * *', run: () => this.retention.purgeAuditLog(new Date()) });
    this.jobs.register({ name: PURGE_OUTBOX_JOB, cron: '30 3 * * *', run: () => this.retention.purgeOutbox(new Date()) });
    this.jobs.register({
      name: INACTIVE_ACCOUNTS_JOB,
      cron: '40 3 * * *',
      // Notices go out even on a night an erasure failed.
      run: async () => {
        const now = new Date();
        try {
          await this.retention.eraseInactive(now);
        } finally {
          await this.retention.sendInactivityNotices(now);
        }
      },
    });
  }
}
