import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Transporter } from 'nodemailer';
import { createTransport } from 'nodemailer';
import { sortSmtpError } from './mail-refusal';
import type { MailTransport, OutgoingMail } from './outgoing-mail';
import { MAIL_FROM } from './outgoing-mail';

function envelope(mail: OutgoingMail) {
  // With an HTML part, nodemailer sends multipart/alternative: the text first, the HTML last (preferred by clients that show it).
  return { from: MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.body, ...(mail.html ? { html: mail.html } : {}), messageId: mail.messageId, headers: { ...mail.headers } };
}

/**
 * SMTP through nodemailer, for SMTP_URL. A refusal of one mail is thrown as `MailRefused`, any
 * other failure as the transport's.
 *
 * Connections are pooled: a server may hold its greeting back (anti-spam delays, 100 ms even in
 * smtp-server), which alone caps one connection per mail at under 10 mails a second. A mail whose
 * connection closes under it is tried once more on a fresh one (`maxRequeues: 1`: a connection
 * the server dropped while idle, or closed with a 421, then reports the new connection's own
 * answer); any further retry is the outbox's, counted and spaced. An idle connection is closed
 * after 30 s, before servers tire of it.
 * nodemailer's default timeouts (2 min to connect, 10 min of silence) would let a server that
 * accepts connections and then hangs hold the outbox that long; these are shorter, and the URL
 * may still set its own (`?socketTimeout=…`).
 */
export function smtpTransport(url: string): MailTransport {
  const transporter: Transporter = createTransport({
    url,
    pool: true,
    maxConnections: 2,
    maxRequeues: 1,
    idleTimeout: 30_000,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    async deliver(mail) {
      try {
        await transporter.sendMail(envelope(mail));
      } catch (error) {
        throw sortSmtpError(error, mail.to);
      }
    },
    close: () => transporter.close(),
  };
}

/**
 * Writes each mail as `<message id>.eml` in a folder (no SMTP configured). The file appears
 * whole (written aside, then renamed) and a retry of the same mail overwrites it, so a mail
 * is never there twice.
 */
export function folderTransport(folder: string): MailTransport {
  const render: Transporter = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async deliver(mail) {
      const info = (await render.sendMail(envelope(mail))) as unknown as { message: Buffer };
      await mkdir(folder, { recursive: true });
      const name = mail.messageId.replace(/[^A-Za-z0-9.@-]/g, '_');
      const target = path.join(folder, `${name}.eml`);
      await writeFile(`${target}.tmp`, info.message);
      await rename(`${target}.tmp`, target);
    },
  };
}
