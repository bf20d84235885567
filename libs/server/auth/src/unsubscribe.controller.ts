import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ConsentChannel, ConsentPurpose } from '@relais/domain-people';
import { ConsentsService, ERASED_PERSON_ID, PeopleService } from '@relais/server-people';
import type { Response } from 'express';
import { unsubscribePage } from './unsubscribe-page';
import { UnsubscribeLinks } from './unsubscribe-links';

/**
 * /unsubscribe/<token>: GET shows what the link stops and a button (mail scanners open links,
 * so opening one changes nothing); POST stops it, as a click on that button or a mail client's
 * one-click (RFC 8058) does. The withdrawal is a row of the consent ledger like any other.
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly links: UnsubscribeLinks,
    private readonly people: PeopleService,
    private readonly consents: ConsentsService,
  ) {}

  @Get(':token')
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const link = await this.known(token);
    res.status(link ? 200 : 404).type('html').setHeader('Cache-Control', 'no-store').send(unsubscribePage(link ? { state: 'ask', purpose: link.purpose, token } : { state: 'unknown' }));
  }

  @Post(':token')
  @HttpCode(200)
  async stop(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const link = await this.known(token);
    if (link) await this.consents.change(link.personId, { [link.purpose]: false }, ConsentChannel.UNSUBSCRIBE_LINK, link.personId);
    res.status(link ? 200 : 404).type('html').setHeader('Cache-Control', 'no-store').send(unsubscribePage(link ? { state: 'done', purpose: link.purpose } : { state: 'unknown' }));
  }

  /** A link this instance signed, of someone who still has an account. */
  private async known(token: string): Promise<{ personId: string; purpose: ConsentPurpose.DIGEST | ConsentPurpose.NEWS } | null> {
    const link = this.links.read(token);
    if (!link || link.personId === ERASED_PERSON_ID || !(await this.people.findById(link.personId))) return null;
    return link;
  }
}
