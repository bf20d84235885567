import type { OnModuleInit } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { JobsService } from '@relais/server-jobs';
import { HelpRequestTransitionsService } from './help-request-transitions.service';

/** OPEN requests past `neededBy` expire within a minute. */
@Injectable()
export class HelpRequestJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly transitions: HelpRequestTransitionsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'help-requests.expire', cron: '* * * * *', run: () => this.transitions.expireDue() });
  }
}
