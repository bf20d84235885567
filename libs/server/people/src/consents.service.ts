import { Injectable } from '@nestjs/common';
import type { ConsentChange, ConsentDecision, Consents } from '@relais/domain-people';
import { CONSENT_WORDINGS, ConsentChannel, ConsentPurpose, consentDecisions } from '@relais/domain-people';
import { AuditService } from '@relais/server-audit';
import type { Viewer } from '@relais/server-shared';
import { canOrganise, forbidden, isAdmin, isUuid, notFound } from '@relais/server-shared';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { ERASED_PERSON_ID } from './erased-person';
import type { ConsentEvent, ConsentEventPage } from './consent-event.type';
import { Person } from './person.entity';

interface EventRow {
  id: string;
  purpose: ConsentPurpose;
  granted: boolean;
  wording_version: string | null;
  channel: ConsentChannel;
  by_other: boolean;
  at: Date;
  total: string;
}

export function consentsOf(person: Pick<Person, 'rankingConsent' | 'newsConsent' | 'digestConsent' | 'contactConsent'>): Consents {
  return {
    [ConsentPurpose.RANKING]: person.rankingConsent,
    [ConsentPurpose.NEWS]: person.newsConsent,
    [ConsentPurpose.DIGEST]: person.digestConsent,
    [ConsentPurpose.CONTACT]: person.contactConsent,
  };
}

/**
 * The consent ledger. It is the only writer of a person's consent columns: a row inserted here is
 * applied to the person by the database in the same statement, which refuses any other change of
 * those columns (migration 1765700000000), so the columns and the ledger never disagree.
 */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Records what a change decides (nothing for the purposes it leaves or does not change) and returns the person. */
  change(personId: string, change: ConsentChange, channel: ConsentChannel, actorId: string): Promise<Person> {
    return this.locked(personId, () => notFound('person', personId), async (tx, person) => {
      const decisions = consentDecisions(consentsOf(person), change);
      await this.record(tx, personId, decisions, channel, actorId);
      return decisions;
    });
  }

  /**
   * An organiser of where the person lives (or ADMIN) records consents the person gave or
   * withdrew by phone or in person; audited. An organiser learns nothing of people elsewhere:
   * FORBIDDEN whether the person exists or not.
   */
  recordByOrganiser(viewer: Viewer, personId: string, change: ConsentChange): Promise<Person> {
    const refused = () => (isAdmin(viewer) ? notFound('person', personId) : forbidden('only an organiser of where this person lives may record their consent'));
    return this.locked(personId, refused, async (tx, person) => {
      if (!canOrganise(viewer, person.neighbourhoodId)) throw refused();
      const decisions = consentDecisions(consentsOf(person), change);
      await this.record(tx, personId, decisions, ConsentChannel.ORGANISER, viewer.id);
      const detail = { decisions: decisions.map((d) => ({ purpose: d.purpose, granted: d.granted })) };
      if (decisions.length) await this.audit.record([{ actorId: viewer.id, action: 'RECORD_CONSENT', subjectType: 'person', subjectId: personId, detail }], tx);
      return decisions;
    });
  }

  /** The person locked, so that concurrent changes of one person are ledgered in the order they apply. */
  private locked(personId: string, missing: () => Error, decide: (tx: EntityManager, person: Person) => Promise<ConsentDecision[]>): Promise<Person> {
    if (!isUuid(personId) || personId === ERASED_PERSON_ID) return Promise.reject(missing());
    return this.db.transaction(async (tx) => {
      const person = await tx.getRepository(Person).findOne({ where: { id: personId }, lock: { mode: 'pessimistic_write' } });
      if (!person) throw missing();
      return this.applied(person, await decide(tx, person));
    });
  }

  /** Writes ledger rows with today's wordings, in the caller's transaction. */
  async record(manager: EntityManager, personId: string, decisions: ConsentDecision[], channel: ConsentChannel, actorId: string | null): Promise<void> {
    if (!decisions.length) return;
    await manager.query(
      `INSERT INTO consent_event (person_id, purpose, granted, wording_version, channel, actor_id)
       SELECT $1, d.purpose, d.granted, d.wording, $2, $3
       FROM unnest($4::text[], $5::boolean[], $6::text[]) WITH ORDINALITY AS d (purpose, granted, wording, n) ORDER BY d.n`,
      [
        personId,
        channel,
        actorId,
        decisions.map((d) => d.purpose),
        decisions.map((d) => d.granted),
        decisions.map((d) => CONSENT_WORDINGS[d.purpose]),
      ],
    );
  }

  /** The person as the ledger left it (the database applied the same decisions to its row). */
  applied(person: Person, decisions: ConsentDecision[]): Person {
    const consents = { ...consentsOf(person), ...Object.fromEntries(decisions.map((d) => [d.purpose, d.granted])) };
    return Object.assign(person, {
      rankingConsent: consents.RANKING,
      newsConsent: consents.NEWS,
      digestConsent: consents.DIGEST,
      contactConsent: consents.CONTACT,
    });
  }

  /** A person's ledger, newest first. */
  async history(personId: string, first: number, offset: number): Promise<ConsentEventPage> {
    const rows: EventRow[] = await this.db.query(
      `SELECT id::text, purpose, granted, wording_version, channel, at, actor_id IS DISTINCT FROM person_id AND actor_id IS NOT NULL AS by_other,
              count(*) OVER () AS total
       FROM consent_event WHERE person_id = $1 ORDER BY at DESC, id DESC LIMIT $2 OFFSET $3`,
      [personId, first, offset],
    );
    const totalCount = rows[0] ? Number(rows[0].total) : offset > 0 ? await this.count(personId) : 0;
    return { items: rows.map(toEvent), totalCount };
  }

  private async count(personId: string): Promise<number> {
    const rows: { n: string }[] = await this.db.query(`SELECT count(*) AS n FROM consent_event WHERE person_id = $1`, [personId]);
    return Number(rows[0]?.n ?? 0);
  }
}

function toEvent(row: EventRow): ConsentEvent {
  return {
    id: row.id,
    purpose: row.purpose,
    granted: row.granted,
    wordingVersion: row.wording_version,
    channel: row.channel,
    recordedByOther: row.by_other,
    at: row.at,
  };
}
