import { Injectable } from '@nestjs/common';
import { HelpRequestStatus, checkThanks, cleanText } from '@relais/domain-help-requests';
import { Role, fieldError } from '@relais/domain-people';
import { ERASED_PERSON_ID } from '@relais/server-people';
import type { Viewer } from '@relais/server-shared';
import { assertValid, badUserInput, conflict, forbidden, isUniqueViolation, isUuid, notFound, onePer } from '@relais/server-shared';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { AccountLimit } from './account-limits';
import { assertUnderAccountLimits } from './account-limits';
import { HelpRequest } from './help-request.entity';
import type { Thanks } from './thanks.type';

const ENDORSEMENTS = { table: 'endorsement', authorColumn: 'endorser_id', what: 'endorsements' } as const;

/** Thanks after a request is done, and endorsements: the trust signals leaders are scored on. */
@Injectable()
export class FeedbackService {
  constructor(private readonly db: DataSource) {}

  async thank(viewer: Viewer, requestId: string, rating: number, message: string | null | undefined): Promise<boolean> {
    assertValid(checkThanks(rating, message));
    const request = isUuid(requestId) ? await this.db.getRepository(HelpRequest).findOneBy({ id: requestId }) : null;
    if (!request || (request.requesterId !== viewer.id && request.assigneeId !== viewer.id)) throw notFound('help request', requestId);
    if (request.requesterId !== viewer.id) throw forbidden('only the requester may thank the volunteer');
    if (request.status !== HelpRequestStatus.DONE || !request.assigneeId) {
      throw conflict(`the request is ${request.status.toLowerCase()}: thanks come once it is done`, 'WRONG_STATUS', { status: request.status });
    }
    const volunteerId = request.assigneeId;
    // Nobody would read it, and a rating would credit the placeholder in the trust graph.
    if (volunteerId === ERASED_PERSON_ID) throw conflict('the volunteer erased their account: there is nobody left to thank', 'VOLUNTEER_ERASED');
    try {
      await this.db.transaction(async (tx) => {
        // The profile first, as every other change does, so the locks never wait in a cycle.
        await tx.query(`UPDATE volunteer_profile SET rating_sum = rating_sum + $2, rating_count = rating_count + 1 WHERE person_id = $1`, [
          volunteerId,
          rating,
        ]);
        await tx.query(`INSERT INTO thanks (help_request_id, requester_id, volunteer_id, rating, message) VALUES ($1, $2, $3, $4, $5)`, [
          requestId,
          viewer.id,
          volunteerId,
          rating,
          cleanText(message),
        ]);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('you already thanked the volunteer for this request', 'ALREADY_THANKED');
      throw error;
    }
    return true;
  }

  /** `limits`: the endorser's flood limits (the API's callers); none for the demo city's loader. */
  async endorse(viewer: Viewer, personId: string, limits: readonly AccountLimit[] = []): Promise<boolean> {
    if (personId === viewer.id) throw badUserInput([fieldError('personId', 'you cannot endorse yourself')]);
    const rows: { roles: Role[] }[] = isUuid(personId) ? await this.db.query(`SELECT roles FROM person WHERE id = $1 AND id <> $2`, [personId, ERASED_PERSON_ID]) : [];
    const person = rows[0];
    if (!person) throw notFound('person', personId);
    if (!person.roles.includes(Role.VOLUNTEER)) throw badUserInput([fieldError('personId', 'only a volunteer can be endorsed')]);
    try {
      await this.db.transaction(async (tx) => {
        await assertUnderAccountLimits(tx, ENDORSEMENTS, viewer.id, limits);
        await tx.query(`INSERT INTO endorsement (endorser_id, endorsed_id) VALUES ($1, $2)`, [viewer.id, personId]);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('you already endorsed this person', 'ALREADY_ENDORSED');
      throw error;
    }
    return true;
  }

  createThanksLoader(): DataLoader<string, Thanks | null> {
    return new DataLoader(async (ids) => {
      const rows: (Thanks & { requestId: string })[] = await this.db.query(
        `SELECT help_request_id AS "requestId", rating, message, created_at AS "createdAt" FROM thanks WHERE help_request_id = ANY($1::uuid[])`,
        [ids.filter(isUuid)],
      );
      return onePer(ids, rows, (row) => row.requestId);
    });
  }
}
