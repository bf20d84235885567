import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@relais/server-shared';
import type { Request } from 'express';
import type { IncomingMessage } from 'node:http';
import { ViewerCache } from '@relais/server-people';
import { AuthService } from './auth.service';

/** Builds each GraphQL request's context: who calls (from the bearer token) and from where. */
@Injectable()
export class RequestContextFactory {
  constructor(
    private readonly auth: AuthService,
    private readonly viewers: ViewerCache,
  ) {}

  async create(req: Request): Promise<RequestContext> {
    return {
      viewer: await this.auth.viewerFromToken(bearerToken(req.headers.authorization)),
      ip: req.ip ?? 'unknown',
      requestId: String((req as { id?: unknown }).id ?? ''),
    };
  }

  /**
   * A subscription over graphql-ws: browsers cannot set headers on a WebSocket, so the token
   * comes in the connection's `connectionParams` ({ authorization: "Bearer …" }).
   */
  async createForSocket(connectionParams: Record<string, unknown> | undefined, request: IncomingMessage | undefined): Promise<RequestContext> {
    const subscriber = await this.auth.subscriberFromToken(socketToken(connectionParams));
    return {
      viewer: subscriber ? await this.viewers.viewerOf(subscriber) : null,
      ip: request?.socket.remoteAddress ?? 'unknown',
      ...(subscriber ? { subscriber } : {}),
    };
  }
}

/** The bearer token a graphql-ws client sent in its connectionParams. */
export function socketToken(connectionParams: Record<string, unknown> | undefined | null): string | null {
  const header = connectionParams?.['authorization'] ?? connectionParams?.['Authorization'];
  return bearerToken(typeof header === 'string' ? header : undefined);
}

function bearerToken(header: string | undefined): string | null {
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : null;
}
