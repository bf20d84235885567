import { Injectable } from '@nestjs/common';
import { checkWayToHelp } from '@relais/domain-leaders';
import { AuditService } from '@relais/server-audit';
import type { Viewer } from '@relais/server-shared';
import { SlidingWindowLimiter, assertValid, canOrganise, forbidden, isAdmin, isUuid, notFound, requireViewer, tooManyAttempts } from '@relais/server-shared';
import { DataSource } from 'typeorm';
import type { WayToHelpInput } from './way-to-help.types';
import { WayToHelp } from './way-to-help.types';

/** An organiser writes a few a week; more in a day is a mistake or a stolen account. */
export const WAYS_TO_HELP_PER_DAY = 20;
const DAY_MS = 86_400_000;
const LISTED = 100;

const COLUMNS = `w.id, w.kind, w.title, w.body, w.link, w.created_at AS "createdAt",
  ARRAY(SELECT n.neighbourhood_id::text FROM way_to_help_neighbourhood n WHERE n.way_to_help_id = w.id ORDER BY 1) AS "neighbourhoodIds"`;

/** Ways to help from home: organisers keep them for their neighbourhoods, ADMIN for the whole city; everyone signed in reads those for where they live. */
@Injectable()
export class WaysToHelpService {
  private readonly writes = new SlidingWindowLimiter(WAYS_TO_HELP_PER_DAY, DAY_MS);

  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(viewer: Viewer | null, input: WayToHelpInput): Promise<WayToHelp> {
    const author = requireViewer(viewer);
    assertValid(checkWayToHelp(input));
    const ids = [...new Set(input.neighbourhoodIds)];
    if (!ids.length && !isAdmin(author)) throw forbidden('only ADMIN writes ways to help for the whole city: name your neighbourhoods');
    const known: { id: string }[] = await this.db.query(`SELECT id::text FROM neighbourhood WHERE id = ANY($1::uuid[])`, [ids]);
    const unknown = ids.filter((id) => !known.some((row) => row.id === id));
    if (unknown.length) throw notFound('neighbourhood', unknown.join(', '));
    if (!ids.every((id) => canOrganise(author, id))) throw forbidden('only an organiser of every neighbourhood listed may write this');
    if (!this.writes.tryHit(author.id)) throw tooManyAttempts(`at most ${WAYS_TO_HELP_PER_DAY} ways to help a day`, DAY_MS / 1000);
    const id = await this.db.transaction(async (tx) => {
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO way_to_help (kind, title, body, link, created_by_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [input.kind, input.title.trim(), input.body.trim(), input.link?.trim() || null, author.id],
      );
      await tx.query(`INSERT INTO way_to_help_neighbourhood (way_to_help_id, neighbourhood_id) SELECT $1, unnest($2::uuid[])`, [row?.id, ids]);
      return row?.id as string;
    });
    return (await this.byId(id)) as WayToHelp;
  }

  /** No longer shown; kept for the record. Organisers of all its neighbourhoods, ADMIN. */
  async archive(viewer: Viewer | null, id: string): Promise<boolean> {
    const caller = requireViewer(viewer);
    const way = isUuid(id) ? await this.byId(id) : null;
    if (!way || !this.mayEdit(caller, way)) throw notFound('way to help', id);
    await this.db.transaction(async (tx) => {
      await tx.query(`UPDATE way_to_help SET archived_at = coalesce(archived_at, now()) WHERE id = $1`, [id]);
      await this.audit.record([{ actorId: caller.id, action: 'ARCHIVE_WAY_TO_HELP', subjectType: 'way_to_help', subjectId: id }], tx);
    });
    return true;
  }

  /**
   * Current ways to help for a neighbourhood and the whole city, newest first: by default the
   * caller's own neighbourhood; another one is for its organisers.
   */
  async list(viewer: Viewer | null, neighbourhoodId: string | null): Promise<WayToHelp[]> {
    const caller = requireViewer(viewer);
    let where = neighbourhoodId;
    if (where && !canOrganise(caller, where)) throw forbidden('only an organiser of this neighbourhood lists its ways to help');
    if (!where) {
      const [home]: { neighbourhood_id: string | null }[] = await this.db.query(`SELECT neighbourhood_id FROM person WHERE id = $1`, [caller.id]);
      where = home?.neighbourhood_id ?? null;
    }
    return this.db.query(
      `SELECT ${COLUMNS} FROM way_to_help w
       WHERE w.archived_at IS NULL
         AND (NOT EXISTS (SELECT 1 FROM way_to_help_neighbourhood n WHERE n.way_to_help_id = w.id)
              OR EXISTS (SELECT 1 FROM way_to_help_neighbourhood n WHERE n.way_to_help_id = w.id AND n.neighbourhood_id = $1))
       ORDER BY w.created_at DESC, w.id LIMIT ${LISTED}`,
      [where],
    );
  }

  private mayEdit(caller: Viewer, way: WayToHelp): boolean {
    return way.neighbourhoodIds.length ? way.neighbourhoodIds.every((id) => canOrganise(caller, id)) : isAdmin(caller);
  }

  private async byId(id: string): Promise<WayToHelp | null> {
    const rows: WayToHelp[] = await this.db.query(`SELECT ${COLUMNS} FROM way_to_help w WHERE w.id = $1`, [id]);
    return rows[0] ? Object.assign(new WayToHelp(), rows[0]) : null;
  }
}
