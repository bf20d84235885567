import type { OnApplicationShutdown } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import type { LatLng } from '@relais/domain-geo';
import { reachBox } from '@relais/domain-geo';
import type { VolunteerToMatch } from '@relais/domain-matching';
import { ReachGrid } from '@relais/domain-matching';
import type { HelpCategory } from '@relais/domain-people';
import { ChangeLogPosition, unseenChanges } from '@relais/server-database';
import { DataSource } from 'typeorm';
import type { VolunteerRow } from './match-rows';
import { VOLUNTEER_COLUMNS, toVolunteer } from './match-rows';

/** The snapshot a read sees, and the volunteers changed since snapshot $1 (a TRUNCATE: everyone). */
const CHANGES_SQL = `
  WITH changed AS (${unseenChanges('volunteer_change')})
  SELECT pg_current_snapshot()::text AS snapshot, coalesce(bool_or(person_id IS NULL), false) AS reset,
         coalesce(array_agg(DISTINCT person_id::text) FILTER (WHERE person_id IS NOT NULL), '{}') AS ids
    FROM changed`;

interface Changes {
  snapshot: string;
  reset: boolean;
  ids: string[];
}

/**
 * Every volunteer who could take a request now (active, with room), in memory, filed by category
 * under the grid cells their reach covers: ranking a request's candidates reads no volunteer from
 * the database, only which ones changed since the last ranking (`volunteer_change`, written by
 * triggers), usually none, in one short statement.
 *
 * Each answer follows a read begun after it was asked for, so a change committed before a
 * question is in its answer. Rows are re-read after the snapshot that listed them changed, so
 * the mirror may hold a newer row than that snapshot, never an older one; the next read lists it
 * again and it is read again.
 */
@Injectable()
export class VolunteerMirror implements OnApplicationShutdown {
  private readonly grids = new Map<HelpCategory, ReachGrid<VolunteerToMatch>>();
  private readonly position = new ChangeLogPosition();
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;
  private warming: Promise<void> | null = null;
  private readonly logger = new Logger('VolunteerMirror');

  constructor(private readonly db: DataSource) {}


  /** Active volunteers with room who offer `category` and whose reach box holds the point, as last read. */
  reaching(point: LatLng, category: HelpCategory): VolunteerToMatch[] {
    return this.grids.get(category)?.containing(point) ?? [];
  }

  /** Reads every volunteer now, so that the first ranking after a start does not wait for it; a failure is logged, the next ranking tries again. */
  warm(): Promise<void> {
    this.warming ??= this.caughtUp().catch((error: unknown) =>
      this.logger.warn(`the volunteers could not be read: ${error instanceof Error ? error.message : error}`),
    );
    return this.warming;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.warming;
  }

  /**
   * Resolves once a read begun after this call is in: then `reaching` answers as of now. The read
   * under way may have begun before, so callers meanwhile share the next. A ranking starts it
   * alongside its own read of the request, so that the two round trips overlap.
   */
  caughtUp(): Promise<void> {
    if (this.next) return this.next;
    if (!this.running) return this.start();
    this.next = this.running
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        return this.start();
      });
    return this.next;
  }

  private start(): Promise<void> {
    this.running = this.sync().finally(() => (this.running = null));
    return this.running;
  }

  private async sync(): Promise<void> {
    const since = this.position.since();
    if (since === null) return this.loadAll();
    const [changes] = (await this.db.query(CHANGES_SQL, [since])) as Changes[];
    if (!changes) throw new Error('the change query returned no row');
    if (changes.reset) return this.loadAll();
    if (changes.ids.length) {
      const rows: VolunteerRow[] = await this.db.query(`SELECT ${VOLUNTEER_COLUMNS} FROM volunteer_profile v WHERE v.person_id = ANY ($1::uuid[])`, [
        changes.ids,
      ]);
      for (const id of changes.ids) this.remove(id);
      for (const row of rows) this.file(toVolunteer(row));
    }
    this.position.advance(changes.snapshot);
  }

  private async loadAll(): Promise<void> {
    this.position.reset();
    const [{ snapshot }] = (await this.db.query(`SELECT pg_current_snapshot()::text AS snapshot`)) as [{ snapshot: string }];
    const rows: VolunteerRow[] = await this.db.query(
      `SELECT ${VOLUNTEER_COLUMNS} FROM volunteer_profile v WHERE v.active AND v.active_requests < v.max_active_requests`,
    );
    this.grids.clear();
    for (const row of rows) this.file(toVolunteer(row));
    this.position.advance(snapshot);
  }

  private remove(id: string): void {
    for (const grid of this.grids.values()) grid.delete(id);
  }

  /** Only those who could take a request now are filed: the others are back when their row changes. */
  private file(volunteer: VolunteerToMatch): void {
    if (!volunteer.active || volunteer.activeRequests >= volunteer.maxActiveRequests) return;
    const box = reachBox(volunteer.home, volunteer.travelRadiusMeters);
    for (const skill of volunteer.skills) {
      let grid = this.grids.get(skill);
      if (!grid) this.grids.set(skill, (grid = new ReachGrid()));
      grid.set(volunteer.id, box, volunteer);
    }
  }
}
