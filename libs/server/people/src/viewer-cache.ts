import type { OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import type { ViewerChanged } from '@relais/server-live';
import { LiveService, VIEWER_CHANGED } from '@relais/server-live';
import type { RequestContext, Subscriber, Viewer } from '@relais/server-shared';
import { PeopleService } from './people.service';

/**
 * A change made outside the API (SQL by hand) is not announced: it reaches open subscriptions
 * within this long.
 */
const VIEWER_TTL_MS = 10_000;
const MAX_ENTRIES = 50_000;

/**
 * Who a subscriber is now, for each event a subscription hears: their roles and scopes are cached
 * (an event may fan out to every open subscription) and forgotten as soon as any instance
 * announces a change (VIEWER_CHANGED), or after VIEWER_TTL_MS.
 */
@Injectable()
export class ViewerCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ViewerCache');
  private readonly entries = new Map<string, { viewer: Promise<Viewer | null>; until: number }>();
  private changes: AsyncIterableIterator<ViewerChanged> | null = null;

  constructor(
    private readonly people: PeopleService,
    private readonly live: LiveService,
  ) {}

  onModuleInit(): void {
    this.changes = this.live.subscribe<ViewerChanged>(VIEWER_CHANGED);
    void this.forgetChanged(this.changes);
  }

  async onModuleDestroy(): Promise<void> {
    await this.changes?.return?.();
  }

  /**
   * The caller as of now. A subscription's context is brought up to date (its viewer becomes
   * null once the token expired or the person is gone), so that every field resolved for the
   * event is checked against today's rights; an HTTP request's is left as it is.
   */
  async refresh(context: RequestContext): Promise<Viewer | null> {
    if (context.subscriber) context.viewer = await this.viewerOf(context.subscriber);
    return context.viewer;
  }

  /** Null once the token expired or the person is gone. */
  viewerOf(subscriber: Subscriber): Promise<Viewer | null> {
    return Date.now() >= subscriber.expiresAt ? Promise.resolve(null) : this.get(subscriber.personId);
  }

  private get(personId: string): Promise<Viewer | null> {
    const now = Date.now();
    const cached = this.entries.get(personId);
    if (cached && cached.until > now) return cached.viewer;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const viewer = this.people.viewerFor(personId);
    this.entries.set(personId, { viewer, until: now + VIEWER_TTL_MS });
    // A failed read is not kept: the next event asks again.
    viewer.catch(() => this.entries.delete(personId));
    return viewer;
  }

  private async forgetChanged(changes: AsyncIterableIterator<ViewerChanged>): Promise<void> {
    try {
      for await (const change of changes) this.entries.delete(change.personId);
    } catch (error) {
      // Without announcements, cached rights still expire after VIEWER_TTL_MS.
      this.logger.warn(`stopped hearing viewer changes: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
