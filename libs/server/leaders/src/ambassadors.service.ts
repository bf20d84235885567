import { Injectable } from '@nestjs/common';
import { checkDemotionReason } from '@relais/domain-leaders';
import { Role, fieldError } from '@relais/domain-people';
import { AuditService } from '@relais/server-audit';
import { ERASED_PERSON_ID } from '@relais/server-people';
import { assertValid, badUserInput, conflict, isUniqueViolation, isUuid, notFound, onePer } from '@relais/server-shared';
import { OutboxService } from '@relais/server-messaging';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { ambassadorMail } from './ambassador-mail';
import { Ambassador } from './ambassador.type';

const AMBASSADOR_COLUMNS = `a.id, a.person_id AS "personId", a.neighbourhood_id AS "neighbourhoodId",
  a.promoted_by_id AS "promotedById", a.promoted_at AS "promotedAt", a.demoted_by_id AS "demotedById",
  a.demoted_at AS "demotedAt", a.demotion_reason AS "demotionReason"`;

interface PersonRow {
  roles: Role[];
  neighbourhoodId: string | null;
  email: string;
  displayName: string;
  languages: string[];
}

const asAmbassadors = (rows: Ambassador[]) => rows.map((row) => Object.assign(new Ambassador(), row));

/** Organisers promote volunteers of their neighbourhood to ambassadors, and demote them with a reason. */
@Injectable()
export class AmbassadorsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** The caller is an organiser of the neighbourhood, which exists. */
  async promote(personId: string, neighbourhoodId: string, actorId: string): Promise<void> {
    const person = await this.person(personId);
    if (!person.roles.includes(Role.VOLUNTEER)) {
      throw badUserInput([fieldError('personId', 'only a volunteer can become an ambassador')]);
    }
    if (person.neighbourhoodId !== neighbourhoodId) {
      throw badUserInput([fieldError('personId', 'an ambassador lives in the neighbourhood they relay to; this person lives elsewhere')]);
    }
    try {
      await this.db.transaction(async (tx) => {
        const rows: { id: string }[] = await tx.query(
          `INSERT INTO ambassador (person_id, neighbourhood_id, promoted_by_id) VALUES ($1, $2, $3) RETURNING id`,
          [personId, neighbourhoodId, actorId],
        );
        await this.audit.record(
          [{ actorId, action: 'PROMOTE_AMBASSADOR', subjectType: 'person', subjectId: personId, detail: { neighbourhoodId, ambassadorId: rows[0]?.id } }],
          tx,
        );
        const neighbourhood: { name: string }[] = await tx.query(`SELECT name FROM neighbourhood WHERE id = $1`, [neighbourhoodId]);
        await this.outbox.enqueue(tx, [ambassadorMail({ ...person, neighbourhood: neighbourhood[0]?.name ?? '' })]);
      });
      await this.outbox.nudge();
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('this person is already an ambassador of this neighbourhood', 'ALREADY_AMBASSADOR');
      throw error;
    }
  }

  async demote(personId: string, neighbourhoodId: string, reason: string, actorId: string): Promise<void> {
    assertValid(checkDemotionReason(reason));
    await this.person(personId);
    await this.db.transaction(async (tx) => {
      const rows: { id: string }[] = await tx.query(
        `WITH ended AS (
           UPDATE ambassador SET demoted_at = now(), demoted_by_id = $3, demotion_reason = $4
            WHERE person_id = $1 AND neighbourhood_id = $2 AND demoted_at IS NULL RETURNING id)
         SELECT id FROM ended`,
        [personId, neighbourhoodId, actorId, reason.trim()],
      );
      if (rows.length === 0) throw conflict('this person is not an ambassador of this neighbourhood', 'NOT_AMBASSADOR');
      await this.audit.record(
        [{ actorId, action: 'DEMOTE_AMBASSADOR', subjectType: 'person', subjectId: personId, detail: { neighbourhoodId, reason: reason.trim() } }],
        tx,
      );
    });
  }

  /** Current ambassadors first (newest first), then past terms if asked for. */
  async list(neighbourhoodId: string, includePast: boolean): Promise<Ambassador[]> {
    const rows: Ambassador[] = await this.db.query(
      `SELECT ${AMBASSADOR_COLUMNS} FROM ambassador a
        WHERE a.neighbourhood_id = $1 ${includePast ? '' : 'AND a.demoted_at IS NULL'}
        ORDER BY a.demoted_at IS NOT NULL, coalesce(a.demoted_at, a.promoted_at) DESC`,
      [neighbourhoodId],
    );
    return asAmbassadors(rows);
  }

  /** For `Person.isAmbassador`: a person's current terms, anywhere. */
  createCurrentLoader(): DataLoader<string, boolean> {
    return new DataLoader(async (ids) => {
      const rows: { id: string }[] = await this.db.query(
        `SELECT DISTINCT person_id AS id FROM ambassador WHERE person_id = ANY ($1::uuid[]) AND demoted_at IS NULL`,
        [ids.filter(isUuid)],
      );
      return onePer(ids, rows, (row) => row.id).map((row) => row !== null);
    });
  }

  private async person(personId: string): Promise<PersonRow> {
    const rows: PersonRow[] = isUuid(personId)
      ? await this.db.query(
          `SELECT roles, neighbourhood_id AS "neighbourhoodId", email, display_name AS "displayName", languages FROM person WHERE id = $1 AND id <> $2`,
          [personId, ERASED_PERSON_ID],
        )
      : [];
    if (!rows[0]) throw notFound('person', personId);
    return rows[0];
  }
}
