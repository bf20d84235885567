import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Transporter } from 'nodemailer';
import { createTransport } from 'nodemailer';
import type { MailTransport, OutgoingMail } from './outgoing-mail';
import { MAIL_FROM } from './outgoing-mail';

function envelope(mail: OutgoingMail) {
  return { from: MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.body, messageId: mail.messageId };
}

/** SMTP through nodemailer, for SMTP_URL. */
export function smtpTransport(url: string): MailTransport {
  const transporter: Transporter = createTransport(url);
  return { deliver: async (mail) => void (await transporter.sendMail(envelope(mail))) };
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
