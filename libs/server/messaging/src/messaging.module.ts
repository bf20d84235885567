import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { AuditModule } from '@relais/server-audit';
import { FailedMailResolver } from './failed-mail.resolver';
import { FailedMailService } from './failed-mail.service';
import { folderTransport, smtpTransport } from './mail-transports';
import type { MailTransport } from './outgoing-mail';
import { MAIL_TRANSPORT } from './outgoing-mail';
import { OutboxService } from './outbox.service';

export interface MessagingOptions {
  /** SMTP when set; otherwise `.eml` files in `outboxDir`. */
  smtpUrl: string | null;
  outboxDir: string;
  /** Replaces both, for tests that simulate failures. */
  transport?: MailTransport;
  /** Where people reach Relais (PUBLIC_URL), for links in mails. */
  publicUrl: string;
}

/** Where people reach Relais, for links in mails and relay links: PUBLIC_URL, never a request's Host. */
export const PUBLIC_URL = Symbol('PUBLIC_URL');

@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    const transport = options.transport ?? (options.smtpUrl ? smtpTransport(options.smtpUrl) : folderTransport(options.outboxDir));
    return {
      module: MessagingModule,
      global: true,
      imports: [AuditModule],
      providers: [{ provide: MAIL_TRANSPORT, useValue: transport }, { provide: PUBLIC_URL, useValue: options.publicUrl }, OutboxService, FailedMailService, FailedMailResolver],
      exports: [OutboxService, PUBLIC_URL],
    };
  }
}
