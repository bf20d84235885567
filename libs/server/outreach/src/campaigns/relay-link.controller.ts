import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CampaignsService } from './campaigns.service';

/**
 * GET /r/<relayCode>: counts a visit on the relay task (nothing is kept of who made it) and
 * sends the visitor to the admin app's sign-up with the code filled in. An unknown code leads
 * to the same sign-up, without one.
 */
@Controller('r')
export class RelayLinkController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get(':code')
  async visit(@Param('code') code: string, @Res() res: Response): Promise<void> {
    const known = await this.campaigns.countVisit(code.toUpperCase());
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.redirect(303, known ? `/inscription?relais=${encodeURIComponent(known)}` : '/inscription');
  }
}
