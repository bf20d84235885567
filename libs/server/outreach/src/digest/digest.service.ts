import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { ConsentPurpose } from '@relais/domain-people';
import { UnsubscribeLinks } from '@relais/server-auth';
import type { NewMail } from '@relais/server-messaging';
import { OutboxService, PUBLIC_URL } from '@relais/server-messaging';
import { ERASED_PERSON_ID } from '@relais/server-people';
import type { Viewer } from '@relais/server-shared';
import { canOrganise, forbidden, isAdmin, isUuid, notFound, requireViewer } from '@relais/server-shared';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { DataSource } from 'typeorm';
import type { ComposedDigest } from './digest-compose';
import { composeDigest } from './digest-compose';
import type { DigestPerson } from './digest-gather';
import { DigestRunCache, gatherDigests } from './digest-gather';
import { digestLayouts } from './digest-layout';
import { DIGEST_WORKER_FILE, runDigestWorker } from './digest-worker';
import { DigestSettingsService } from './digest-settings.service';
import { isDigestTime, isoWeek } from './digest-week';

export const DIGEST_BATCH = 500;
const NO_ID = '00000000-0000-0000-0000-000000000000';

const PERSON_COLUMNS = `p.id, p.email, p.display_name AS "displayName", p.languages, p.roles, p.neighbourhood_id AS "neighbourhoodId",
  p.news_consent AS "newsConsent",
  EXISTS (SELECT 1 FROM ambassador a WHERE a.person_id = p.id AND a.demoted_at IS NULL) AS ambassador,
  CASE WHEN 'ORGANISER' = ANY(p.roles) THEN ARRAY(SELECT os.neighbourhood_id::text FROM organiser_scope os WHERE os.person_id = p.id ORDER BY 1)
       ELSE '{}'::text[] END AS "organiserOf"`;

export interface DigestRunOptions {
  /** People read, gathered and written at a time. */
  batchSize?: number;
}

/**
 * The weekly digest. A run walks the people with digest consent by id, a batch at a time, so its
 * memory holds one batch (and what it learnt of the quartiers), whatever the city's size. Each
 * batch's digests are gathered with a few set-based queries, composed, and written in one short
 * transaction: a `digest_sent` row per person for the week (ON CONFLICT DO NOTHING) and an outbox
 * mail only for the rows actually inserted. A crash loses no batch that committed; a rerun, or two
 * runs at once, sends nobody a second digest for the same week.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger('Digest');

  constructor(
    private readonly db: DataSource,
    private readonly outbox: OutboxService,
    private readonly unsubscribe: UnsubscribeLinks,
    private readonly settings: DigestSettingsService,
    @Inject(PUBLIC_URL) private readonly publicUrl: string,
    @Optional() @Inject(DIGEST_WORKER_FILE) private readonly workerFile: string | null = null,
  ) {}

  /** The scheduled check (every quarter of an hour): runs only within the set weekday and hour, so a missed one is not caught up. */
  async runIfDue(now: Date): Promise<number> {
    const settings = await this.settings.current();
    if (!isDigestTime(now, { weekday: settings.digestWeekday, hour: settings.digestHour, timeZone: settings.digestTimeZone })) return 0;
    return this.queueNow(now);
  }

  /**
   * What the schedule and runWeeklyDigest call: the run in the worker thread when the application
   * has one (its heap capped, and the API's event loop free while 100k mails are composed), else
   * here. Either way the outbox is nudged once it is done.
   */
  async queueNow(now: Date): Promise<number> {
    if (!this.workerFile) return this.run(now);
    const url = (this.db.options as PostgresConnectionOptions).url;
    if (!url) throw new Error('the digest worker needs the database URL');
    const queued = await runDigestWorker(this.workerFile, { databaseUrl: url, unsubscribeKey: this.unsubscribe.exportKey(), publicUrl: this.publicUrl, now: now.toISOString() });
    this.logger.log({ msg: 'weekly digest queued', week: isoWeek(now), queued, thread: 'worker' });
    if (queued) await this.outbox.nudge();
    return queued;
  }

  /** Queues this week's digest for whoever has not had it; returns how many were queued. */
  async run(now: Date = new Date(), { batchSize = DIGEST_BATCH }: DigestRunOptions = {}): Promise<number> {
    const week = isoWeek(now);
    const cache = new DigestRunCache();
    let after = NO_ID;
    let queued = 0;
    for (;;) {
      const people: DigestPerson[] = await this.db.query(
        `SELECT ${PERSON_COLUMNS} FROM person p
         WHERE p.digest_consent AND p.id > $1 AND p.id <> $2
           AND NOT EXISTS (SELECT 1 FROM digest_sent d WHERE d.iso_week = $3 AND d.person_id = p.id)
         ORDER BY p.id LIMIT $4`,
        [after, ERASED_PERSON_ID, week, batchSize],
      );
      if (!people.length) break;
      after = (people[people.length - 1] as DigestPerson).id;
      const gathered = await gatherDigests(this.db, people, now, cache);
      const mails = new Map<string, NewMail>();
      for (const person of people) {
        const found = gathered.get(person.id);
        const digest = found ? this.compose(person, found.content, now) : null;
        if (digest && found) mails.set(person.id, this.mail(person, digest, found.concerns));
      }
      if (!mails.size) continue;
      const written = await this.db.transaction(async (tx) => {
        const inserted: { id: string }[] = await tx.query(
          `WITH sent AS (INSERT INTO digest_sent (person_id, iso_week) SELECT unnest($1::uuid[]), $2 ON CONFLICT DO NOTHING RETURNING person_id)
           SELECT person_id AS id FROM sent`,
          [[...mails.keys()], week],
        );
        await this.outbox.enqueue(
          tx,
          inserted.map((row) => mails.get(row.id) as NewMail),
        );
        return inserted.length;
      });
      queued += written;
      if (written) await this.outbox.nudge();
    }
    this.logger.log({ msg: 'weekly digest queued', week, queued });
    return queued;
  }

  /** What `personId` would get now, or null; ADMIN, or an organiser of where they live (NOT_FOUND for anyone else they cannot see). */
  async preview(viewer: Viewer | null, personId: string): Promise<ComposedDigest | null> {
    const caller = requireViewer(viewer);
    if (!isAdmin(caller) && !caller.organiserOf.size) throw forbidden('only ADMIN and organisers preview a digest');
    const [person]: (DigestPerson & { digestConsent: boolean })[] = isUuid(personId)
      ? await this.db.query(`SELECT ${PERSON_COLUMNS}, p.digest_consent AS "digestConsent" FROM person p WHERE p.id = $1`, [personId])
      : [];
    if (!person || !canOrganise(caller, person.neighbourhoodId)) throw notFound('person', personId);
    if (!person.digestConsent || person.id === ERASED_PERSON_ID) return null;
    const now = new Date();
    const gathered = await gatherDigests(this.db, [person], now, new DigestRunCache());
    const found = gathered.get(person.id);
    return found ? this.compose(person, found.content, now) : null;
  }

  private compose(person: DigestPerson, content: Parameters<typeof composeDigest>[1], now: Date): ComposedDigest | null {
    return composeDigest(
      {
        displayName: person.displayName,
        languages: person.languages,
        volunteer: person.roles.includes('VOLUNTEER'),
        organiser: person.roles.includes('ORGANISER') && person.organiserOf.length > 0,
        ambassador: person.ambassador,
        newsConsent: person.newsConsent,
      },
      content,
      {
        relays: `${this.publicUrl}/relays`,
        stopDigest: this.unsubscribe.url(person.id, ConsentPurpose.DIGEST),
        stopNews: this.unsubscribe.url(person.id, ConsentPurpose.NEWS),
      },
      now,
      digestLayouts(),
    );
  }

  private mail(person: DigestPerson, digest: ComposedDigest, concerns: string[]): NewMail {
    return {
      kind: 'weeklyDigest',
      to: person.email,
      subject: digest.subject,
      body: digest.text,
      html: digest.html,
      concerns,
      headers: this.unsubscribe.headers(person.id, ConsentPurpose.DIGEST),
    };
  }
}
