import { Injectable, Logger } from '@nestjs/common';
import type { Subscriber } from '@relais/server-shared';
import { GraphQLError } from 'graphql';
import { AuthService } from './auth.service';
import { socketToken } from './request-context.factory';

/** A person's tabs and devices: a few each, never hundreds. */
export const MAX_CONNECTIONS_PER_PERSON = 10;
/** The admin app opens two or three per page. */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;
/** graphql-ws's close codes: a client does not retry 4401; it retries 4403 later. */
const CLOSE_UNAUTHORIZED = 4401;

/** The graphql-ws hook context, as far as the gate uses it. */
interface SocketContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra: unknown;
}

interface Connection {
  subscriber: Subscriber;
  subscriptions: Set<string>;
  expiry: NodeJS.Timeout | null;
}

/**
 * Who may hold a live connection, and how much of one: only a signed-in person (nothing is
 * offered to anyone else), at most MAX_CONNECTIONS_PER_PERSON sockets each on an instance and
 * MAX_SUBSCRIPTIONS_PER_CONNECTION subscriptions per socket, so that one token cannot make every
 * event fan out a thousand times. A socket is closed when its token expires. Rights themselves
 * are checked at each event (ViewerCache), not here.
 */
@Injectable()
export class SubscriptionGate {
  private readonly logger = new Logger('SubscriptionGate');
  private readonly connections = new WeakMap<object, Connection>();
  private readonly perPerson = new Map<string, number>();

  constructor(private readonly auth: AuthService) {}

  /** The graphql-ws server options that enforce it. */
  hooks() {
    return {
      onConnect: (ctx: SocketContext) => this.connect(ctx),
      onSubscribe: (ctx: SocketContext, id: string) => this.subscribe(ctx, id),
      onComplete: (ctx: SocketContext, id: string) => {
        this.connections.get(ctx)?.subscriptions.delete(id);
      },
      onClose: (ctx: SocketContext) => this.close(ctx),
    };
  }

  /** Open connections of one person on this instance (for tests and metrics). */
  connectionsOf(personId: string): number {
    return this.perPerson.get(personId) ?? 0;
  }

  private async connect(ctx: SocketContext): Promise<boolean> {
    const subscriber = await this.auth.subscriberFromToken(socketToken(ctx.connectionParams));
    if (!subscriber) return false;
    const open = this.perPerson.get(subscriber.personId) ?? 0;
    if (open >= MAX_CONNECTIONS_PER_PERSON) return false;
    this.perPerson.set(subscriber.personId, open + 1);
    // setTimeout holds at most ~24.8 days; a longer token is checked again at each event anyway.
    const remaining = subscriber.expiresAt - Date.now();
    const expiry = remaining < 2 ** 31 - 1 ? setTimeout(() => this.expire(ctx), Math.max(0, remaining)) : null;
    expiry?.unref();
    this.connections.set(ctx, { subscriber, subscriptions: new Set(), expiry });
    return true;
  }

  private subscribe(ctx: SocketContext, id: string): readonly GraphQLError[] | undefined {
    const connection = this.connections.get(ctx);
    if (!connection) return [new GraphQLError('sign in first: no valid bearer token', { extensions: { code: 'UNAUTHENTICATED' } })];
    if (connection.subscriptions.size >= MAX_SUBSCRIPTIONS_PER_CONNECTION) {
      return [
        new GraphQLError(`at most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection`, {
          extensions: { code: 'FORBIDDEN', reason: 'TOO_MANY_SUBSCRIPTIONS' },
        }),
      ];
    }
    connection.subscriptions.add(id);
    return undefined;
  }

  private expire(ctx: SocketContext): void {
    const socket = (ctx.extra as { socket?: { close(code: number, reason: string): void } } | undefined)?.socket;
    try {
      socket?.close(CLOSE_UNAUTHORIZED, 'token expired');
    } catch (error) {
      this.logger.warn(`could not close an expired connection: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private close(ctx: SocketContext): void {
    const connection = this.connections.get(ctx);
    if (!connection) return;
    this.connections.delete(ctx);
    if (connection.expiry) clearTimeout(connection.expiry);
    const personId = connection.subscriber.personId;
    const open = (this.perPerson.get(personId) ?? 1) - 1;
    if (open > 0) this.perPerson.set(personId, open);
    else this.perPerson.delete(personId);
  }
}
