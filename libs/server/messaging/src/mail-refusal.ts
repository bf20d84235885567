/**
 * What a transport throws when the receiving side refused this one mail, as opposed to the
 * transport itself failing (server down, bad credentials, disk full), which it throws as any
 * other error. The outbox gives up a mail refused for good, tries a deferred one again later,
 * and on a transport failure pauses the whole batch instead of spending every mail's attempts.
 */
export class MailRefused extends Error {
  constructor(
    /** Retrying cannot help (SMTP 5xx, or an address nodemailer cannot even write). */
    readonly permanent: boolean,
    /** The SMTP reply code, when the server gave one. */
    readonly replyCode: number | null,
    /** Short, and without the address: it is stored and shown to admins. */
    reason: string,
  ) {
    super(reason);
    this.name = 'MailRefused';
  }
}

const MAX_REASON = 200;
const ADDRESS = '<address>';
const ANY_ADDRESS = /<?[^\s<>"'(),;:]+@[^\s<>"'(),;:]+>?/g;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A failure's text fit to store and log: no e-mail address (the recipient's, written any way, or another), short. */
export function conciseReason(text: string, recipient: string): string {
  const withoutRecipient = recipient ? text.replace(new RegExp(`<?${escapeRegExp(recipient)}>?`, 'gi'), ADDRESS) : text;
  const clean = withoutRecipient.replace(ANY_ADDRESS, ADDRESS).replace(/\s+/g, ' ').trim();
  return clean.length > MAX_REASON ? `${clean.slice(0, MAX_REASON - 1)}…` : clean;
}

/** The parts of a nodemailer error that say where it came from. */
interface SmtpErrorFields {
  code?: string;
  command?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/** Commands of one mail's own transaction: a refusal there is about that mail. */
const MAIL_COMMANDS = new Set(['MAIL FROM', 'RCPT TO', 'DATA']);

/**
 * Sorts a nodemailer SMTP error: a refusal of this mail becomes `MailRefused` (5xx permanent,
 * except 503, a session out of step; 4xx temporary); anything else, including a 421 (the
 * server closing the session) and every connection, TLS or login failure, stays a transport
 * failure, with its text made concise.
 */
export function sortSmtpError(error: unknown, recipient: string): Error {
  const fields: SmtpErrorFields = typeof error === 'object' && error !== null ? (error as SmtpErrorFields) : { message: String(error) };
  const replyCode = typeof fields.responseCode === 'number' ? fields.responseCode : null;
  const text = conciseReason(fields.response ?? fields.message ?? 'unknown failure', recipient);
  const ofThisMail = MAIL_COMMANDS.has(fields.command ?? '') || fields.code === 'EENVELOPE' || fields.code === 'EMESSAGE';
  if (!ofThisMail || replyCode === 421) {
    return Object.assign(new Error(text), { replyCode });
  }
  if (replyCode === null) {
    // Refused before anything was sent (an address nodemailer cannot write), or cut off mid-mail.
    return new MailRefused(fields.command === 'API', null, text);
  }
  return new MailRefused(replyCode >= 500 && replyCode !== 503, replyCode, text);
}
