import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@relais/server-shared';
import type { Request } from 'express';
import { AuthService } from './auth.service';

/** Builds each GraphQL request's context: who calls (from the bearer token) and from where. */
@Injectable()
export class RequestContextFactory {
  constructor(private readonly auth: AuthService) {}

  async create(req: Request): Promise<RequestContext> {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : null;
    return { viewer: await this.auth.viewerFromToken(token), ip: req.ip ?? 'unknown' };
  }
}
