import type { OnModuleDestroy } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { PubSub } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { EventEmitter } from 'node:events';

/**
 * Publish and subscribe for live updates: in memory for one instance, Redis when REDIS_URL is
 * set so that every instance hears every event.
 */
@Injectable()
export class LiveService implements OnModuleDestroy {
  private readonly logger = new Logger('Live');
  private readonly engine: PubSubEngine;

  constructor(redisUrl: string | null) {
    if (redisUrl) {
      const connect = (role: string) => this.watched(role, new Redis(redisUrl, { maxRetriesPerRequest: 3, lazyConnect: false }));
      this.engine = new RedisPubSub({ publisher: connect('publisher'), subscriber: connect('subscriber') });
    } else {
      // One listener per open subscription: hundreds of volunteers online are not a leak
      // (their number is bounded per person by the SubscriptionGate).
      const events = new EventEmitter();
      events.setMaxListeners(0);
      this.engine = new PubSub({ eventEmitter: events });
    }
  }

  /**
   * ioredis reconnects (and resubscribes) by itself; without a listener it prints every failed
   * attempt of an outage to stderr, outside the structured log. One line when Redis is lost,
   * one when it is back.
   */
  private watched(role: string, client: Redis): Redis {
    let lost = false;
    client.on('error', (error: unknown) => {
      if (!lost) this.logger.warn({ msg: 'Redis unreachable; live updates wait for it', role, err: error });
      lost = true;
    });
    client.on('ready', () => {
      if (lost) this.logger.log({ msg: 'Redis reachable again', role });
      lost = false;
    });
    return client;
  }

  /** Never fails the change that triggered it: a lost live update is healed by the next read. */
  async publish<T extends object>(topic: string, payload: T): Promise<void> {
    try {
      await this.engine.publish(topic, payload);
    } catch (error) {
      this.logger.warn(`could not publish ${topic}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Several topics make one stream, in the order their events arrive. */
  subscribe<T>(topics: string | string[]): AsyncIterableIterator<T> {
    return this.engine.asyncIterableIterator<T>(topics);
  }

  async onModuleDestroy(): Promise<void> {
    if (this.engine instanceof RedisPubSub) await this.engine.close();
  }
}
