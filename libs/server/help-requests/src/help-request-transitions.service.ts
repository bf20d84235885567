import { Injectable } from '@nestjs/common';
import { HelpRequestEventKind, HelpRequestStatus, TRANSITIONS, transitionRefusal } from '@relais/domain-help-requests';
import { addCompletedWork } from '@relais/domain-matching';
import { Role, fieldError } from '@relais/domain-people';
import { ERASED_PERSON_ID } from '@relais/server-people';
import type { Viewer } from '@relais/server-shared';
import { badUserInput, canOrganise, conflict, forbidden, isUuid, notFound, requireViewer } from '@relais/server-shared';
import type { EntityManager } from 'typeorm';
import { DataSource, In } from 'typeorm';
import type { Move, PlannedMove } from './help-request-moves';
import { HelpRequestMoves } from './help-request-moves';
import { HelpRequestNotices } from './help-request-notices';
import { mayKnow } from './help-request-access';
import { HelpRequest } from './help-request.entity';
import type { LockedVolunteer } from './volunteer-lock';
import type { AccountLimit, AccountWrites } from './account-limits';
import { assertUnderAccountLimits } from './account-limits';
import { lockVolunteer, lockVolunteers } from './volunteer-lock';

// What a volunteer took and gave back themselves, as the request's history records it.
const TAKEN: AccountWrites = { table: 'help_request_event', authorColumn: 'volunteer_id', timeColumn: 'at', kind: HelpRequestEventKind.ACCEPTED, what: 'requests taken' };
const GIVEN_BACK: AccountWrites = { table: 'help_request_event', authorColumn: 'volunteer_id', timeColumn: 'at', kind: HelpRequestEventKind.GIVEN_BACK, what: 'requests given back' };

/** One pair an organiser (or the solver) wants made. */
export interface Assignment {
  requestId: string;
  volunteerId: string;
}

/**
 * Every change of a request's status. Each runs in one transaction that locks the rows it
 * depends on (volunteer profiles first, then requests), checks the move is allowed from the
 * status it finds, then writes it with its event and mail: a refused move is a CONFLICT and
 * changes nothing.
 */
@Injectable()
export class HelpRequestTransitionsService {
  constructor(
    private readonly db: DataSource,
    private readonly moves: HelpRequestMoves,
    private readonly notices: HelpRequestNotices,
  ) {}

  /** `limits`: TAKING_LIMITS and GIVING_BACK_LIMITS for a caller of the API; none for the demo's loader. */
  async accept(viewer: Viewer | null, id: string, limits: { taking: readonly AccountLimit[]; givingBack: readonly AccountLimit[] } | null = null): Promise<HelpRequest> {
    const volunteer = requireViewer(viewer);
    if (!volunteer.roles.includes(Role.VOLUNTEER)) throw forbidden('only a volunteer may take a request');
    await this.visibleOrThrow(volunteer, id, true);
    const request = await this.db.transaction(async (tx) => {
      this.assertCanTake(await lockVolunteer(tx, volunteer.id), 'you');
      if (limits) {
        await assertUnderAccountLimits(tx, TAKEN, volunteer.id, limits.taking);
        await assertUnderAccountLimits(tx, GIVEN_BACK, volunteer.id, limits.givingBack);
      }
      const current = await this.lockRequest(tx, id);
      if (current.requesterId === volunteer.id) throw forbidden('you cannot take your own request');
      return this.moveOne(tx, { current, kind: HelpRequestEventKind.ACCEPTED, assignee: volunteer.id }, volunteer.id);
    });
    await this.notices.changed(request);
    return request;
  }

  async assign(viewer: Viewer | null, id: string, volunteerId: string): Promise<HelpRequest> {
    const organiser = requireViewer(viewer);
    const before = await this.visibleOrThrow(organiser, id, false);
    if (!canOrganise(organiser, before.neighbourhoodId)) throw forbidden('only an organiser of this neighbourhood may assign its requests');
    const rows: { roles: Role[] }[] = isUuid(volunteerId) ? await this.db.query(`SELECT roles FROM person WHERE id = $1 AND id <> $2`, [volunteerId, ERASED_PERSON_ID]) : [];
    if (!rows[0]) throw notFound('person', volunteerId);
    if (!rows[0].roles.includes(Role.VOLUNTEER)) throw badUserInput([fieldError('volunteerId', 'names someone who is not a volunteer')]);
    const [assigned] = await this.assignMany(organiser.id, [{ requestId: id, volunteerId }], HelpRequestEventKind.ASSIGNED, 'strict');
    return assigned as HelpRequest;
  }

  /**
   * Makes several pairs in one transaction. 'strict' throws on the first pair that cannot be
   * made; 'skip' leaves it out (the state changed since the pairs were computed).
   */
  async assignMany(actorId: string, pairs: readonly Assignment[], kind: Move, mode: 'strict' | 'skip'): Promise<HelpRequest[]> {
    const valid = pairs.filter((p) => isUuid(p.volunteerId) && isUuid(p.requestId));
    if (mode === 'strict' && valid.length < pairs.length) throw notFound('volunteer or request', pairs.map((p) => p.volunteerId).join(', '));
    const done = await this.db.transaction(async (tx) => {
      const volunteers = await lockVolunteers(tx, valid.map((p) => p.volunteerId));
      const requests = await this.lockRequests(tx, valid.map((p) => p.requestId));
      const planned: PlannedMove[] = [];
      for (const pair of valid) {
        try {
          const volunteer = volunteers.get(pair.volunteerId) ?? null;
          this.assertCanTake(volunteer, 'this volunteer');
          const current = requests.get(pair.requestId);
          if (!current) throw notFound('help request', pair.requestId);
          if (current.requesterId === pair.volunteerId) throw conflict('a volunteer cannot be assigned their own request', 'OWN_REQUEST');
          this.assertMove(kind, current);
          planned.push({ current, kind, assignee: pair.volunteerId });
          volunteer.activeRequests++;
          requests.delete(pair.requestId); // a request goes to one volunteer only
        } catch (error) {
          if (mode === 'strict') throw error;
        }
      }
      return this.moves.apply(tx, planned, actorId);
    });
    await this.notices.changed(...done);
    return done;
  }

  async complete(viewer: Viewer | null, id: string): Promise<HelpRequest> {
    const caller = requireViewer(viewer);
    const before = await this.visibleOrThrow(caller, id, false);
    if (caller.id !== before.assigneeId && caller.id !== before.requesterId) {
      throw forbidden('only the volunteer who took the request or its requester may mark it done');
    }
    const request = await this.db.transaction(async (tx) => {
      const locked = before.assigneeId ? await lockVolunteer(tx, before.assigneeId) : null;
      const current = await this.lockRequest(tx, id);
      this.assertMove(HelpRequestEventKind.COMPLETED, current);
      if (current.assigneeId !== before.assigneeId) throw conflict('the request changed hands; reload it', 'CHANGED');
      if (locked) {
        const work = addCompletedWork({ recentWork: locked.recentWork, recentWorkAt: locked.recentWorkAt }, new Date());
        await tx.query(
          `UPDATE volunteer_profile SET completed_count = completed_count + 1, recent_work = $2, recent_work_at = $3 WHERE person_id = $1`,
          [locked.personId, work.recentWork, work.recentWorkAt],
        );
      }
      return this.moveOne(tx, { current, kind: HelpRequestEventKind.COMPLETED }, caller.id);
    });
    await this.notices.changed(request);
    return request;
  }

  async cancel(viewer: Viewer | null, id: string): Promise<HelpRequest> {
    const caller = requireViewer(viewer);
    const before = await this.visibleOrThrow(caller, id, false);
    if (caller.id !== before.requesterId && !canOrganise(caller, before.neighbourhoodId)) {
      throw forbidden('only the requester or an organiser of its neighbourhood may cancel a request');
    }
    const request = await this.db.transaction(async (tx) => {
      // The assignee's count drops with the cancel: their profile is locked first, as everywhere.
      if (before.assigneeId) await lockVolunteer(tx, before.assigneeId);
      const current = await this.lockRequest(tx, id);
      if (current.assigneeId !== before.assigneeId) throw conflict('the request changed hands; reload it', 'CHANGED');
      return this.moveOne(tx, { current, kind: HelpRequestEventKind.CANCELLED }, caller.id);
    });
    await this.notices.changed(request);
    return request;
  }

  /** The assignee hands the task back: it is OPEN again for everyone. */
  async giveBack(viewer: Viewer | null, id: string): Promise<HelpRequest> {
    const caller = requireViewer(viewer);
    const before = await this.visibleOrThrow(caller, id, false);
    if (caller.id !== before.assigneeId) throw forbidden('only the volunteer who holds the request may give it back');
    const request = await this.db.transaction(async (tx) => {
      await lockVolunteer(tx, caller.id);
      const current = await this.lockRequest(tx, id);
      if (current.assigneeId !== caller.id) throw conflict('you no longer hold this request', 'CHANGED');
      await tx.query(`UPDATE volunteer_profile SET given_back_count = given_back_count + 1 WHERE person_id = $1`, [caller.id]);
      return this.moveOne(tx, { current, kind: HelpRequestEventKind.GIVEN_BACK, assignee: null }, caller.id);
    });
    await this.notices.changed(request);
    await this.notices.opened(request);
    return request;
  }

  /**
   * For a person's erasure, in the caller's transaction: the requests they posted that are still
   * live are cancelled (nobody is left to help), and the tasks they hold go back to OPEN for
   * another volunteer. Announce what it returns with `announce` once the transaction committed.
   */
  async releaseHeldBy(tx: EntityManager, personId: string): Promise<HelpRequest[]> {
    const live: { id: string; assignee_id: string | null }[] = await tx.query(
      `SELECT id, assignee_id FROM help_request
       WHERE (requester_id = $1 AND status IN ('OPEN', 'ASSIGNED')) OR (assignee_id = $1 AND status = 'ASSIGNED')`,
      [personId],
    );
    // Their own profile too, whatever they hold: a take racing the erasure waits, then finds no profile.
    await lockVolunteers(tx, [personId, ...live.flatMap((row) => (row.assignee_id ? [row.assignee_id] : []))]);
    if (!live.length) return [];
    const locked = await this.lockRequests(tx, live.map((row) => row.id));
    const moves: PlannedMove[] = [];
    for (const current of locked.values()) {
      if (current.requesterId === personId && (current.status === HelpRequestStatus.OPEN || current.status === HelpRequestStatus.ASSIGNED)) {
        moves.push({ current, kind: HelpRequestEventKind.CANCELLED });
      } else if (current.assigneeId === personId && current.status === HelpRequestStatus.ASSIGNED) {
        moves.push({ current, kind: HelpRequestEventKind.GIVEN_BACK, assignee: null });
      }
    }
    return this.moves.apply(tx, moves, null);
  }

  /** Tells feeds and queues of requests changed by `releaseHeldBy`; those OPEN again are new to volunteers. */
  async announce(requests: readonly HelpRequest[]): Promise<void> {
    await this.notices.changed(...requests);
    for (const request of requests) if (request.status === HelpRequestStatus.OPEN) await this.notices.opened(request);
  }

  /** OPEN requests whose `neededBy` has passed become EXPIRED, a thousand at a time; their requesters are told. */
  async expireDue(now: Date = new Date()): Promise<number> {
    const expired = await this.db.transaction(async (tx) => {
      // SKIP LOCKED: a request someone is taking right now is left to the next run.
      const due = await tx
        .getRepository(HelpRequest)
        .createQueryBuilder('h')
        .where(`h.status = 'OPEN' AND h.needed_by <= :now`, { now })
        .orderBy('h.id')
        .limit(1000)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      return this.moves.apply(tx, due.map((current) => ({ current, kind: HelpRequestEventKind.EXPIRED })), null);
    });
    await this.notices.changed(...expired);
    return expired.length;
  }

  private assertCanTake(volunteer: LockedVolunteer | null, who: 'you' | 'this volunteer'): asserts volunteer is LockedVolunteer {
    if (!volunteer) throw forbidden(`${who === 'you' ? 'you have' : 'this person has'} no volunteer profile`);
    if (!volunteer.active) throw conflict(`${who === 'you' ? 'you are' : 'this volunteer is'} paused: resume before taking requests`, 'PAUSED');
    if (volunteer.activeRequests >= volunteer.maxActiveRequests) {
      throw conflict(
        `${who === 'you' ? 'you already hold' : 'this volunteer already holds'} ${volunteer.activeRequests} requests, the limit set in the profile`,
        'AT_CAPACITY',
      );
    }
  }

  /** The request as the caller may know it: NOT_FOUND for a stranger, so ids cannot be probed. */
  private async visibleOrThrow(viewer: Viewer, id: string, openToVolunteers: boolean): Promise<HelpRequest> {
    const request = isUuid(id) ? await this.db.getRepository(HelpRequest).findOneBy({ id }) : null;
    if (!request || !mayKnow(viewer, request, openToVolunteers ? 'always' : 'never')) throw notFound('help request', id);
    return request;
  }

  private async lockRequest(tx: EntityManager, id: string): Promise<HelpRequest> {
    const request = (await this.lockRequests(tx, [id])).get(id);
    if (!request) throw notFound('help request', id);
    return request;
  }

  /** Row locks in id order, so that two multi-request transactions never wait on each other in a cycle. */
  private async lockRequests(tx: EntityManager, ids: readonly string[]): Promise<Map<string, HelpRequest>> {
    if (!ids.length) return new Map();
    const rows = await tx.getRepository(HelpRequest).find({ where: { id: In([...new Set(ids)]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    return new Map(rows.map((row) => [row.id, row]));
  }

  private assertMove(kind: Move, current: HelpRequest): void {
    const refusal = transitionRefusal(kind, current.status);
    if (!refusal) return;
    const taking = TRANSITIONS[kind].to === HelpRequestStatus.ASSIGNED;
    throw conflict(refusal, taking && current.status === HelpRequestStatus.ASSIGNED ? 'ALREADY_TAKEN' : 'WRONG_STATUS', { status: current.status });
  }

  private async moveOne(tx: EntityManager, move: PlannedMove, actorId: string | null): Promise<HelpRequest> {
    this.assertMove(move.kind, move.current);
    return (await this.moves.apply(tx, [move], actorId))[0] as HelpRequest;
  }
}
