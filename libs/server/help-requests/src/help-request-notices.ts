import { Injectable } from '@nestjs/common';
import type { HelpRequestChanged, HelpRequestOpened } from '@relais/server-live';
import { HELP_REQUEST_CHANGED, HELP_REQUEST_OPENED, LiveService } from '@relais/server-live';
import type { NewMail } from '@relais/server-messaging';
import { OutboxService } from '@relais/server-messaging';
import type { EntityManager } from 'typeorm';
import type { MailKind, MailRecipient } from './help-request-mails';
import { helpRequestMail } from './help-request-mails';
import type { HelpRequest } from './help-request.entity';

/** What others hear of a request's changes: mails (inside the change's transaction) and live events (after it). */
@Injectable()
export class HelpRequestNotices {
  constructor(
    private readonly live: LiveService,
    private readonly outbox: OutboxService,
  ) {}

  async mailFor(tx: EntityManager, kind: MailKind, personId: string, request: HelpRequest, volunteer?: string): Promise<NewMail | null> {
    const rows: MailRecipient[] = await tx.query(
      `SELECT email, display_name AS "displayName", languages FROM person WHERE id = $1`,
      [personId],
    );
    const to = rows[0];
    return to ? helpRequestMail(kind, to, { description: request.description, volunteer }) : null;
  }

  async changed(request: HelpRequest): Promise<void> {
    await this.outbox.nudge();
    await this.live.publish<HelpRequestChanged>(HELP_REQUEST_CHANGED, {
      requestId: request.id,
      requesterId: request.requesterId,
      status: request.status,
    });
  }

  opened(request: HelpRequest): Promise<void> {
    return this.live.publish<HelpRequestOpened>(HELP_REQUEST_OPENED, {
      requestId: request.id,
      requesterId: request.requesterId,
      category: request.category,
      subject: request.subject,
      level: request.level,
      lat: request.lat,
      lng: request.lng,
      neighbourhoodId: request.neighbourhoodId,
    });
  }
}
