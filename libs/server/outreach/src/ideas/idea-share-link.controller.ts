import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { IdeaSharesService } from './idea-shares.service';

/** GET /i/<idea>?c=<code>: counts a visit of a shared idea and leads to the sign-up with the sharer's code. */
@Controller('i')
export class IdeaShareLinkController {
  constructor(private readonly shares: IdeaSharesService) {}

  @Get(':ideaId')
  async visit(@Param('ideaId') ideaId: string, @Query('c') code: string | undefined, @Res() res: Response): Promise<void> {
    const to = await this.shares.visit(ideaId, typeof code === 'string' ? code : undefined);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.redirect(303, to);
  }
}
