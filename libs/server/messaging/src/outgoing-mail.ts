/** One e-mail as the outbox keeps it. `messageId` is stable across retries, so delivery can be idempotent. */
export interface OutgoingMail {
  messageId: string;
  to: string;
  subject: string;
  body: string;
  /** Sent with `body` as multipart/alternative when present. */
  html?: string | null;
  /** Besides From, To, Subject and Message-ID: List-Unsubscribe and List-Unsubscribe-Post on digests and campaigns. */
  headers?: Readonly<Record<string, string>> | null;
}

/** Hands a mail to the world (SMTP, a folder); throws `MailRefused` when its server refused that mail, any other error when the transport failed. */
export interface MailTransport {
  deliver(mail: OutgoingMail): Promise<void>;
  /** Lets go of connections kept open, at shutdown. */
  close?(): void;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');
export const MAIL_FROM = 'Relais <no-reply@relais.local>';

/** French first: English only for people who listed English and not French. */
export function inRecipientLanguage<T>(texts: { fr: T; en: T }, languages: readonly string[]): T {
  return languages.includes('en') && !languages.includes('fr') ? texts.en : texts.fr;
}
