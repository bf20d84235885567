import type { AddressInfo } from 'node:net';
import type { SMTPServerDataStream } from 'smtp-server';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  messageId: string;
  /** The envelope's recipients, as the server accepted them. */
  to: string[];
  raw: string;
}

interface Reply {
  code: number;
  text: string;
}

function replyError({ code, text }: Reply): Error {
  return Object.assign(new Error(text), { responseCode: code });
}

/** One header of a raw message, its folded lines joined. */
export function headerOf(raw: string, name: string): string | undefined {
  const head = (raw.split(/\r?\n\r?\n/, 1)[0] ?? '').replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

async function readAll(stream: SMTPServerDataStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A real SMTP server on 127.0.0.1 that keeps what it accepts. A test tells it to refuse some
 * recipients at RCPT TO (for ever, or the first few times), or to be out of service.
 */
export class SmtpListener {
  readonly received: ReceivedMail[] = [];
  /**
   * When set, the server is out of service: it answers a new connection's greeting, and any mail
   * on a connection already open, with this reply (a 421, say).
   */
  outOfService: Reply | null = null;
  /** Connections and mails turned away while out of service. */
  turnedAway = 0;
  private readonly refusals = new Map<string, Reply & { times: number }>();
  private readonly server: SMTPServer;

  private constructor(readonly port: number, server: SMTPServer) {
    this.server = server;
  }

  static async start(): Promise<SmtpListener> {
    let self: SmtpListener | null = null;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      disableReverseLookup: true,
      onConnect: (_session, callback) => callback(self?.turnAway() ?? null),
      onMailFrom: (_address, _session, callback) => callback(self?.turnAway() ?? null),
      onRcptTo: (address, _session, callback) => callback(self?.refusalFor(address.address) ?? null),
      onData: (stream, session, callback) => {
        readAll(stream).then((raw) => {
          const to = session.envelope.rcptTo.map((r) => r.address);
          self?.received.push({ messageId: headerOf(raw, 'Message-ID') ?? '', to, raw });
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    self = new SmtpListener((server.server.address() as AddressInfo).port, server);
    return self;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Refuses `address` at RCPT TO with `code` the next `times` times (for ever by default). */
  refuse(address: string, code: number, text: string, times = Infinity): void {
    this.refusals.set(address.toLowerCase(), { code, text, times });
  }

  /** Takes `address` again. */
  accept(address: string): void {
    this.refusals.delete(address.toLowerCase());
  }

  /** Every recipient of every accepted mail, in order of arrival. */
  recipients(): string[] {
    return this.received.flatMap((mail) => mail.to);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private turnAway(): Error | null {
    if (!this.outOfService) return null;
    this.turnedAway++;
    return replyError(this.outOfService);
  }

  private refusalFor(address: string): Error | null {
    const refusal = this.refusals.get(address.toLowerCase());
    if (!refusal || refusal.times <= 0) return null;
    refusal.times--;
    return replyError(refusal);
  }
}
