import { Inject, Injectable } from '@nestjs/common';
import { ConsentPurpose } from '@relais/domain-people';
import { PUBLIC_URL } from '@relais/server-messaging';
import { isUuid } from '@relais/server-shared';
import type { KeyObject } from 'node:crypto';
import { createHmac, timingSafeEqual } from 'node:crypto';

export const UNSUBSCRIBE_KEY = Symbol('UNSUBSCRIBE_KEY');

/** The mails a link stops: the digest, or the organisation's news and campaigns. */
export type UnsubscribePurpose = ConsentPurpose.DIGEST | ConsentPurpose.NEWS;
const PURPOSES: ReadonlySet<string> = new Set([ConsentPurpose.DIGEST, ConsentPurpose.NEWS]);

/**
 * Unsubscribe links that work without logging in (RFC 8058 one-click): the link names the
 * person and the purpose, signed under a key of its own, so nobody can stop someone else's mail
 * by guessing. A link never expires: a mail read months later still stops what it says.
 */
@Injectable()
export class UnsubscribeLinks {
  constructor(
    @Inject(UNSUBSCRIBE_KEY) private readonly key: KeyObject,
    @Inject(PUBLIC_URL) private readonly publicUrl: string,
  ) {}

  /** The key's bytes, for a worker thread of this instance that writes the same links. */
  exportKey(): Buffer {
    return this.key.export();
  }

  token(personId: string, purpose: UnsubscribePurpose): string {
    return `${personId}.${purpose}.${this.mac(personId, purpose)}`;
  }

  /** Null for anything but a link this instance's key signed. */
  read(token: string): { personId: string; purpose: UnsubscribePurpose } | null {
    const [personId, purpose, mac, ...rest] = token.split('.');
    if (rest.length || !personId || !purpose || !mac || !isUuid(personId) || !PURPOSES.has(purpose)) return null;
    const expected = Buffer.from(this.mac(personId, purpose as UnsubscribePurpose));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected) ? { personId, purpose: purpose as UnsubscribePurpose } : null;
  }

  url(personId: string, purpose: UnsubscribePurpose): string {
    return `${this.publicUrl}/unsubscribe/${this.token(personId, purpose)}`;
  }

  /** The headers that let a mail client offer « Se désabonner » and do it in one click. */
  headers(personId: string, purpose: UnsubscribePurpose): Record<string, string> {
    return { 'List-Unsubscribe': `<${this.url(personId, purpose)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
  }

  private mac(personId: string, purpose: string): string {
    return createHmac('sha256', this.key).update(`${personId}\n${purpose}`).digest('base64url');
  }
}
