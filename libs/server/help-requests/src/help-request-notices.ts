import { Injectable } from '@nestjs/common';
import type { HelpRequestChanged, HelpRequestOpened, HelpRequestTraits } from '@relais/server-live';
import { HELP_REQUEST_CHANGED, HELP_REQUEST_OPENED, LiveService } from '@relais/server-live';
import { OutboxService } from '@relais/server-messaging';
import type { HelpRequest } from './help-request.entity';

/** What others hear of a request's changes once they are committed: live events, and a nudge to the mail outbox. */
@Injectable()
export class HelpRequestNotices {
  constructor(
    private readonly live: LiveService,
    private readonly outbox: OutboxService,
  ) {}

  /** After a commit: one nudge for the mail it wrote, one live event per request. */
  async changed(...requests: HelpRequest[]): Promise<void> {
    if (!requests.length) return;
    await this.outbox.nudge();
    for (const request of requests) {
      await this.live.publish<HelpRequestChanged>(HELP_REQUEST_CHANGED, { ...traitsOf(request), status: request.status });
    }
  }

  opened(request: HelpRequest): Promise<void> {
    return this.live.publish<HelpRequestOpened>(HELP_REQUEST_OPENED, traitsOf(request));
  }
}

function traitsOf(request: HelpRequest): HelpRequestTraits {
  return {
    requestId: request.id,
    requesterId: request.requesterId,
    category: request.category,
    subject: request.subject,
    level: request.level,
    coarseCell: request.coarseCell,
    neighbourhoodId: request.neighbourhoodId,
  };
}
