import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_AMBASSADOR_WEEKLY_CAP, checkCampaignInput, checkRelayReach, splitAtWeeklyCap } from '@relais/domain-leaders';
import { ConsentPurpose, RELAY_CODE_LENGTH, makeReferralCode } from '@relais/domain-people';
import { AuditService } from '@relais/server-audit';
import { UnsubscribeLinks } from '@relais/server-auth';
import { OutboxService, PUBLIC_URL } from '@relais/server-messaging';
import { SettingsService } from '@relais/server-settings';
import type { Viewer } from '@relais/server-shared';
import { assertValid, canOrganise, conflict, forbidden, isAdmin, isUuid, notFound, requireViewer, tooManyAttempts } from '@relais/server-shared';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { relayMail } from './campaign-mail';
import type { CampaignAmbassadorReport, CampaignInput, CampaignReport, RelayChannel } from './campaign.types';
import { Campaign, CampaignStatus, RelayTask } from './campaign.types';

export const AMBASSADOR_WEEKLY_CAP_SETTING = 'ambassadorWeeklyCap';
/** A person who came through a relay link and took part: posted or took a request within 30 days of signing up (`p` is the person). */
const ACTIVE_WITHIN_30_DAYS = `EXISTS (SELECT 1 FROM help_request h WHERE (h.requester_id = p.id OR h.assignee_id = p.id)
  AND h.created_at < p.created_at + interval '30 days')`;
/** An ambassador reports a relay a few times (a group, then door to door), not a hundred. */
export const RELAY_REPORTS_PER_TASK = 20;
const LISTED = 200;

const CAMPAIGN_COLUMNS = `c.id, c.title, c.message, c.status, c.sent_at AS "sentAt",
  ARRAY(SELECT cn.neighbourhood_id::text FROM campaign_neighbourhood cn WHERE cn.campaign_id = c.id ORDER BY 1) AS "neighbourhoodIds"`;
const TASK_COLUMNS = `t.id, t.campaign_id AS "campaignId", t.ambassador_id AS "ambassadorId", t.relay_code AS "relayCode",
  t.relayed_at AS "relayedAt", t.created_at AS "createdAt"`;

interface Ambassador {
  id: string;
  email: string;
  displayName: string;
  languages: string[];
  receivedThisWeek: number;
}

function relayCode(): string {
  let pool = randomBytes(32);
  let at = 0;
  return makeReferralCode(() => {
    if (at === pool.length) [pool, at] = [randomBytes(32), 0];
    return pool[at++] as number;
  }, RELAY_CODE_LENGTH);
}

/**
 * Campaigns an organiser writes for their neighbourhoods and sends once: each ambassador there
 * with news consent, under the weekly cap, gets a relay task (in the app and by mail) with a
 * code of its own, whose link counts visits and sign-ups.
 */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly db: DataSource,
    private readonly outbox: OutboxService,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
    private readonly unsubscribe: UnsubscribeLinks,
    @Inject(PUBLIC_URL) private readonly publicUrl: string,
  ) {}

  relayUrl(code: string): string {
    return `${this.publicUrl}/r/${code}`;
  }

  async create(viewer: Viewer | null, input: CampaignInput): Promise<Campaign> {
    const author = requireViewer(viewer);
    assertValid(checkCampaignInput(input));
    const ids = [...new Set(input.neighbourhoodIds)];
    const known: { id: string }[] = await this.db.query(`SELECT id::text FROM neighbourhood WHERE id = ANY($1::uuid[])`, [ids]);
    const unknown = ids.filter((id) => !known.some((row) => row.id === id));
    if (unknown.length) throw notFound('neighbourhood', unknown.join(', '));
    if (!ids.every((id) => canOrganise(author, id))) throw forbidden('only an organiser of every neighbourhood listed may write this campaign');
    const id = await this.db.transaction(async (tx) => {
      const [row]: { id: string }[] = await tx.query(`INSERT INTO campaign (title, message, created_by_id) VALUES ($1, $2, $3) RETURNING id`, [
        input.title.trim(),
        input.message.trim(),
        author.id,
      ]);
      await tx.query(`INSERT INTO campaign_neighbourhood (campaign_id, neighbourhood_id) SELECT $1, unnest($2::uuid[])`, [row?.id, ids]);
      return row?.id as string;
    });
    return (await this.findById(id)) as Campaign;
  }

  /** DRAFT to SENT, once; a second send is a CONFLICT and changes nothing. */
  async send(viewer: Viewer | null, id: string): Promise<Campaign> {
    const sender = requireViewer(viewer);
    const cap = await this.settings.get<number>(AMBASSADOR_WEEKLY_CAP_SETTING, DEFAULT_AMBASSADOR_WEEKLY_CAP);
    await this.db.transaction(async (tx) => {
      const campaign = await this.lockOrganised(tx, sender, id);
      if (campaign.status !== CampaignStatus.DRAFT) throw conflict('this campaign was already sent', 'ALREADY_SENT', { status: campaign.status });
      const { reached, skipped } = splitAtWeeklyCap(await this.lockAmbassadors(tx, campaign.neighbourhoodIds), cap);
      const codes = reached.map(() => relayCode());
      await tx.query(
        `INSERT INTO relay_task (campaign_id, ambassador_id, relay_code) SELECT $1, u.ambassador, u.code FROM unnest($2::uuid[], $3::text[]) AS u(ambassador, code)`,
        [id, reached.map((a) => a.id), codes],
      );
      await tx.query(`UPDATE campaign SET status = 'SENT', sent_at = now(), sent_by_id = $2, skipped_at_cap = $3 WHERE id = $1`, [id, sender.id, skipped.length]);
      await this.outbox.enqueue(
        tx,
        reached.map((a, i) =>
          relayMail({
            ...a,
            title: campaign.title,
            message: campaign.message,
            relayUrl: this.relayUrl(codes[i] as string),
            unsubscribeUrl: this.unsubscribe.url(a.id, ConsentPurpose.NEWS),
            unsubscribeHeaders: this.unsubscribe.headers(a.id, ConsentPurpose.NEWS),
          }),
        ),
      );
      await this.audit.record(
        [{ actorId: sender.id, action: 'SEND_CAMPAIGN', subjectType: 'campaign', subjectId: id, detail: { reached: reached.length, skippedAtCap: skipped.length } }],
        tx,
      );
    });
    await this.outbox.nudge();
    return (await this.findById(id)) as Campaign;
  }

  /** ORGANISER: the campaigns of their neighbourhoods (or of one of them); ADMIN: all. Newest first. */
  async list(viewer: Viewer | null, neighbourhoodId: string | null): Promise<Campaign[]> {
    const caller = requireViewer(viewer);
    if (neighbourhoodId && !canOrganise(caller, neighbourhoodId)) throw forbidden('only an organiser of this neighbourhood sees its campaigns');
    const scope = neighbourhoodId ? [neighbourhoodId] : isAdmin(caller) ? null : [...caller.organiserOf];
    if (scope && !scope.length) throw forbidden('only organisers see campaigns');
    return this.db.query(
      `SELECT ${CAMPAIGN_COLUMNS} FROM campaign c
       WHERE $1::uuid[] IS NULL OR EXISTS (SELECT 1 FROM campaign_neighbourhood cn WHERE cn.campaign_id = c.id AND cn.neighbourhood_id = ANY($1::uuid[]))
       ORDER BY c.created_at DESC, c.id LIMIT ${LISTED}`,
      [scope],
    );
  }

  /** The campaign for an organiser of one of its neighbourhoods (ADMIN: any); NOT_FOUND for others, as if it did not exist. */
  async organised(viewer: Viewer | null, id: string): Promise<Campaign> {
    const caller = requireViewer(viewer);
    const campaign = await this.findById(id);
    if (!campaign || !campaign.neighbourhoodIds.some((n) => canOrganise(caller, n))) throw notFound('campaign', id);
    return campaign;
  }

  findById(id: string): Promise<Campaign | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.db.query(`SELECT ${CAMPAIGN_COLUMNS} FROM campaign c WHERE c.id = $1`, [id]).then((rows: Campaign[]) => rows[0] ?? null);
  }

  /** The caller's relay tasks, newest first. */
  myTasks(viewer: Viewer | null): Promise<RelayTask[]> {
    const caller = requireViewer(viewer);
    return this.db.query(`SELECT ${TASK_COLUMNS} FROM relay_task t WHERE t.ambassador_id = $1 ORDER BY t.created_at DESC, t.id LIMIT ${LISTED}`, [caller.id]);
  }

  async recordRelay(viewer: Viewer | null, campaignId: string, channel: RelayChannel, reach: number): Promise<RelayTask> {
    const caller = requireViewer(viewer);
    assertValid(checkRelayReach(reach));
    return this.db.transaction(async (tx) => {
      const [task]: RelayTask[] = await tx.query(`SELECT ${TASK_COLUMNS} FROM relay_task t WHERE t.campaign_id = $1 AND t.ambassador_id = $2 FOR UPDATE`, [
        campaignId,
        caller.id,
      ]);
      if (!task) throw notFound('relay task for campaign', campaignId);
      const [reports]: { n: number }[] = await tx.query(`SELECT count(*)::int AS n FROM relay_report WHERE relay_task_id = $1`, [task.id]);
      if ((reports?.n ?? 0) >= RELAY_REPORTS_PER_TASK) throw tooManyAttempts(`at most ${RELAY_REPORTS_PER_TASK} relays are reported per campaign`, 86_400);
      const [at]: { at: Date }[] = await tx.query(`INSERT INTO relay_report (relay_task_id, channel, reach) VALUES ($1, $2, $3) RETURNING at`, [task.id, channel, reach]);
      await tx.query(`UPDATE relay_task SET relayed_at = $2 WHERE id = $1`, [task.id, at?.at]);
      return { ...task, relayedAt: at?.at ?? null };
    });
  }

  /** For an organiser of one of its neighbourhoods, or ADMIN. */
  async report(viewer: Viewer | null, campaign: Campaign, loader = this.createReportLoader()): Promise<CampaignReport> {
    this.assertMaySeeReport(viewer, campaign);
    return loader.load(campaign.id);
  }

  /** One query for the reports of every campaign a request lists, rather than one per campaign. */
  createReportLoader(): DataLoader<string, CampaignReport> {
    return new DataLoader(async (ids) => {
      const rows: (CampaignReport & { id: string })[] = await this.db.query(
      `SELECT c.id, (SELECT count(*) FROM relay_task t WHERE t.campaign_id = c.id)::int AS "ambassadorsReached",
              c.skipped_at_cap AS "skippedAtCap",
              (SELECT count(*) FROM relay_task t WHERE t.campaign_id = c.id AND t.relayed_at IS NOT NULL)::int AS "ambassadorsRelayed",
              (SELECT coalesce(sum(r.reach), 0) FROM relay_report r JOIN relay_task t ON t.id = r.relay_task_id WHERE t.campaign_id = c.id)::int AS "reportedReach",
              (SELECT coalesce(sum(t.visits), 0) FROM relay_task t WHERE t.campaign_id = c.id)::int AS "linkVisits",
              (SELECT count(*) FROM person p JOIN relay_task t ON t.id = p.relay_task_id WHERE t.campaign_id = c.id)::int AS "signUps",
              (SELECT count(*) FROM person p JOIN relay_task t ON t.id = p.relay_task_id WHERE t.campaign_id = c.id AND 'VOLUNTEER' = ANY(p.roles))::int AS "volunteerSignUps",
              (SELECT count(*) FROM person p JOIN relay_task t ON t.id = p.relay_task_id WHERE t.campaign_id = c.id AND ${ACTIVE_WITHIN_30_DAYS})::int AS "activeSignUps"
       FROM campaign c WHERE c.id = ANY($1::uuid[])`,
        [ids],
      );
      const byId = new Map(rows.map(({ id, ...report }) => [id, report]));
      return ids.map((id) => byId.get(id) ?? new Error(`no campaign ${id}`));
    });
  }

  /** The same figures per ambassador reached, the most sign-ups first, with the neighbourhood they relay in. */
  async ambassadorReports(viewer: Viewer | null, campaign: Campaign): Promise<CampaignAmbassadorReport[]> {
    this.assertMaySeeReport(viewer, campaign);
    return this.db.query(
      `SELECT t.ambassador_id AS "ambassadorId", t.relayed_at AS "relayedAt",
              (SELECT coalesce(sum(r.reach), 0) FROM relay_report r WHERE r.relay_task_id = t.id)::int AS "reportedReach",
              t.visits AS "linkVisits",
              (SELECT count(*) FROM person p WHERE p.relay_task_id = t.id)::int AS "signUps",
              (SELECT count(*) FROM person p WHERE p.relay_task_id = t.id AND 'VOLUNTEER' = ANY(p.roles))::int AS "volunteerSignUps",
              (SELECT count(*) FROM person p WHERE p.relay_task_id = t.id AND ${ACTIVE_WITHIN_30_DAYS})::int AS "activeSignUps",
              (SELECT a.neighbourhood_id FROM ambassador a JOIN campaign_neighbourhood cn ON cn.neighbourhood_id = a.neighbourhood_id AND cn.campaign_id = c.id
               WHERE a.person_id = t.ambassador_id ORDER BY a.demoted_at IS NULL DESC, a.promoted_at DESC LIMIT 1) AS "neighbourhoodId"
       FROM relay_task t JOIN campaign c ON c.id = t.campaign_id
       WHERE t.campaign_id = $1
       ORDER BY "signUps" DESC, "linkVisits" DESC, t.ambassador_id LIMIT ${LISTED}`,
      [campaign.id],
    );
  }

  private assertMaySeeReport(viewer: Viewer | null, campaign: Campaign): void {
    const caller = requireViewer(viewer);
    if (!campaign.neighbourhoodIds.some((id) => canOrganise(caller, id))) throw forbidden('only an organiser of its neighbourhoods sees a campaign’s report');
  }

  /** A visit of a relay link: counted on its task, nothing kept of who made it. Null for an unknown code. */
  async countVisit(code: string): Promise<string | null> {
    if (!/^[A-Z2-9]{10}$/.test(code)) return null;
    // Through a CTE: TypeORM hands back an UPDATE's RETURNING rows wrapped with its row count.
    const rows: { relay_code: string }[] = await this.db.query(
      `WITH visited AS (UPDATE relay_task SET visits = visits + 1 WHERE relay_code = $1 RETURNING relay_code) SELECT relay_code FROM visited`,
      [code],
    );
    return rows[0]?.relay_code ?? null;
  }

  /** The campaign locked, NOT_FOUND for someone who organises none of its neighbourhoods, FORBIDDEN for one who organises only some. */
  private async lockOrganised(tx: EntityManager, sender: Viewer, id: string): Promise<Campaign> {
    const [campaign]: Campaign[] = isUuid(id) ? await tx.query(`SELECT ${CAMPAIGN_COLUMNS} FROM campaign c WHERE c.id = $1 FOR UPDATE`, [id]) : [];
    if (!campaign || !campaign.neighbourhoodIds.some((n) => canOrganise(sender, n))) throw notFound('campaign', id);
    if (!campaign.neighbourhoodIds.every((n) => canOrganise(sender, n))) throw forbidden('only an organiser of every neighbourhood of this campaign may send it');
    return campaign;
  }

  /**
   * Today's ambassadors of these neighbourhoods with news consent, their rows locked in id order
   * so that two campaigns sent at once count each other under the weekly cap.
   */
  private async lockAmbassadors(tx: EntityManager, neighbourhoodIds: readonly string[]): Promise<Ambassador[]> {
    const ids: { id: string }[] = await tx.query(
      `SELECT DISTINCT a.person_id AS id FROM ambassador a WHERE a.neighbourhood_id = ANY($1::uuid[]) AND a.demoted_at IS NULL`,
      [neighbourhoodIds],
    );
    if (!ids.length) return [];
    const people: Omit<Ambassador, 'receivedThisWeek'>[] = await tx.query(
      `SELECT p.id, p.email, p.display_name AS "displayName", p.languages
       FROM person p WHERE p.id = ANY($1::uuid[]) AND p.news_consent ORDER BY p.id FOR UPDATE`,
      [ids.map((row) => row.id)],
    );
    // Counted by a statement of its own, once the locks are held: one that waited for a lock sees
    // rows as they were when it began, so it would miss the tasks of the send it waited for.
    const counts: { id: string; n: number }[] = await tx.query(
      `SELECT ambassador_id AS id, count(*)::int AS n FROM relay_task
       WHERE ambassador_id = ANY($1::uuid[]) AND created_at > clock_timestamp() - interval '7 days' GROUP BY ambassador_id`,
      [people.map((p) => p.id)],
    );
    const received = new Map(counts.map((row) => [row.id, row.n]));
    return people.map((p) => ({ ...p, receivedThisWeek: received.get(p.id) ?? 0 }));
  }
}
