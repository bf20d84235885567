import { Injectable } from '@nestjs/common';
import type { HelpRequestEventKind as Kind } from '@relais/domain-help-requests';
import { HelpRequestEventKind, HelpRequestStatus, TRANSITIONS, transitionRefusal } from '@relais/domain-help-requests';
import { addCompletedWork } from '@relais/domain-matching';
import { Role, fieldError } from '@relais/domain-people';
import { OutboxService } from '@relais/server-messaging';
import type { Viewer } from '@relais/server-shared';
import { badUserInput, canOrganise, conflict, forbidden, isUuid, notFound, requireViewer } from '@relais/server-shared';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { HelpRequestNotices } from './help-request-notices';
import { HelpRequest } from './help-request.entity';
import type { LockedVolunteer } from './volunteer-lock';
import { lockVolunteer, lockVolunteers } from './volunteer-lock';

type Move = Exclude<Kind, HelpRequestEventKind.POSTED>;

/** One pair an organiser (or the solver) wants made. */
export interface Assignment {
  requestId: string;
  volunteerId: string;
}

/**
 * Every change of a request's status. Each runs in one transaction that locks the rows it
 * depends on (volunteer profile first, then the request), checks the move is allowed from the
 * status it finds, updates, and writes the event row and any mail: a refused move is a
 * CONFLICT and changes nothing.
 */
@Injectable()
export class HelpRequestTransitionsService {
  constructor(
    private readonly db: DataSource,
    private readonly outbox: OutboxService,
    private readonly notices: HelpRequestNotices,
  ) {}

  async accept(viewer: Viewer | null, id: string): Promise<HelpRequest> {
    const volunteer = requireViewer(viewer);
    if (!volunteer.roles.includes(Role.VOLUNTEER)) throw forbidden('only a volunteer may take a request');
    await this.visibleOrThrow(volunteer, id, true);
    const request = await this.db.transaction(async (tx) => {
      const locked = await lockVolunteer(tx, volunteer.id);
      this.assertCanTake(locked, 'you');
      const current = await this.lockRequest(tx, id);
      if (current.requesterId === volunteer.id) throw forbidden('you cannot take your own request');
      return this.move(tx, current, HelpRequestEventKind.ACCEPTED, volunteer.id, { assignee: volunteer.id });
    });
    await this.notices.changed(request);
    return request;
  }

  async assign(viewer: Viewer | null, id: string, volunteerId: string): Promise<HelpRequest> {
    const organiser = requireViewer(viewer);
    const before = await this.visibleOrThrow(organiser, id, false);
    if (!canOrganise(organiser, before.neighbourhoodId)) throw forbidden('only an organiser of this neighbourhood may assign its requests');
    const rows: { roles: Role[] }[] = isUuid(volunteerId) ? await this.db.query(`SELECT roles FROM person WHERE id = $1`, [volunteerId]) : [];
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
    for (const pair of pairs) if (!isUuid(pair.volunteerId)) throw notFound('volunteer', pair.volunteerId);
    const done = await this.db.transaction(async (tx) => {
      const volunteers = await lockVolunteers(tx, pairs.map((p) => p.volunteerId));
      const results: HelpRequest[] = [];
      for (const pair of [...pairs].sort((a, b) => a.requestId.localeCompare(b.requestId))) {
        const volunteer = volunteers.get(pair.volunteerId) ?? null;
        try {
          if (!volunteer) throw notFound('volunteer', pair.volunteerId);
          this.assertCanTake(volunteer, 'this volunteer');
          const current = await this.lockRequest(tx, pair.requestId);
          if (current.requesterId === pair.volunteerId) throw conflict('a volunteer cannot be assigned their own request');
          results.push(await this.move(tx, current, kind, actorId, { assignee: pair.volunteerId }));
          volunteer.activeRequests++;
        } catch (error) {
          if (mode === 'strict') throw error;
        }
      }
      return results;
    });
    for (const request of done) await this.notices.changed(request);
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
      if (current.assigneeId !== before.assigneeId) throw conflict('the request changed hands; reload it');
      if (locked) {
        const work = addCompletedWork({ recentWork: locked.recentWork, recentWorkAt: locked.recentWorkAt }, new Date());
        await tx.query(
          `UPDATE volunteer_profile SET completed_count = completed_count + 1, recent_work = $2, recent_work_at = $3 WHERE person_id = $1`,
          [locked.personId, work.recentWork, work.recentWorkAt],
        );
      }
      return this.move(tx, current, HelpRequestEventKind.COMPLETED, caller.id, {});
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
      const current = await this.lockRequest(tx, id);
      const assigneeId = current.assigneeId;
      const moved = await this.move(tx, current, HelpRequestEventKind.CANCELLED, caller.id, {});
      if (assigneeId) await this.mail(tx, 'cancelled', assigneeId, moved);
      return moved;
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
      if (current.assigneeId !== caller.id) throw conflict('you no longer hold this request');
      await tx.query(`UPDATE volunteer_profile SET given_back_count = given_back_count + 1 WHERE person_id = $1`, [caller.id]);
      return this.move(tx, current, HelpRequestEventKind.GIVEN_BACK, caller.id, { assignee: null });
    });
    await this.notices.changed(request);
    await this.notices.opened(request);
    return request;
  }

  /** OPEN requests whose `neededBy` has passed become EXPIRED; their requesters are told. */
  async expireDue(now: Date = new Date()): Promise<number> {
    const expired = await this.db.transaction(async (tx) => {
      const due: { id: string }[] = await tx.query(
        `SELECT id FROM help_request WHERE status = 'OPEN' AND needed_by <= $1 ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1000`,
        [now],
      );
      const moved: HelpRequest[] = [];
      for (const { id } of due) {
        const current = await this.lockRequest(tx, id);
        moved.push(await this.move(tx, current, HelpRequestEventKind.EXPIRED, null, {}));
        await this.mail(tx, 'expired', current.requesterId, current);
      }
      return moved;
    });
    for (const request of expired) await this.notices.changed(request);
    return expired.length;
  }

  private assertCanTake(volunteer: LockedVolunteer | null, who: 'you' | 'this volunteer'): asserts volunteer is LockedVolunteer {
    if (!volunteer) throw forbidden(`${who === 'you' ? 'you have' : 'this person has'} no volunteer profile`);
    if (!volunteer.active) throw conflict(`${who === 'you' ? 'you are' : 'this volunteer is'} paused: resume before taking requests`);
    if (volunteer.activeRequests >= volunteer.maxActiveRequests) {
      throw conflict(`${who === 'you' ? 'you already hold' : 'this volunteer already holds'} ${volunteer.activeRequests} requests, the limit set in the profile`);
    }
  }

  /** The request as the caller may know it: NOT_FOUND for a stranger, so ids cannot be probed. */
  private async visibleOrThrow(viewer: Viewer, id: string, openToVolunteers: boolean): Promise<HelpRequest> {
    const request = isUuid(id) ? await this.db.getRepository(HelpRequest).findOneBy({ id }) : null;
    const knows =
      !!request &&
      (viewer.id === request.requesterId ||
        viewer.id === request.assigneeId ||
        canOrganise(viewer, request.neighbourhoodId) ||
        (openToVolunteers && viewer.roles.includes(Role.VOLUNTEER)));
    if (!request || !knows) throw notFound('help request', id);
    return request;
  }

  private async lockRequest(tx: EntityManager, id: string): Promise<HelpRequest> {
    const request = await tx.getRepository(HelpRequest).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!request) throw notFound('help request', id);
    return request;
  }

  private assertMove(kind: Move, current: HelpRequest): void {
    const refusal = transitionRefusal(kind, current.status);
    if (refusal) throw conflict(refusal);
  }

  private async move(
    tx: EntityManager,
    current: HelpRequest,
    kind: Move,
    actorId: string | null,
    change: { assignee?: string | null },
  ): Promise<HelpRequest> {
    this.assertMove(kind, current);
    const to = TRANSITIONS[kind].to;
    const assigneeId = change.assignee === undefined ? current.assigneeId : change.assignee;
    const updatedAt = new Date();
    await tx.getRepository(HelpRequest).update({ id: current.id }, { status: to, assigneeId, updatedAt });
    await tx.query(
      `INSERT INTO help_request_event (help_request_id, kind, actor_id, volunteer_id, from_status, to_status) VALUES ($1, $2, $3, $4, $5, $6)`,
      [current.id, kind, actorId, assigneeId ?? current.assigneeId, current.status, to],
    );
    if (to === HelpRequestStatus.ASSIGNED && assigneeId) {
      await tx.query(`UPDATE volunteer_profile SET taken_count = taken_count + 1 WHERE person_id = $1`, [assigneeId]);
      const volunteerName = await this.displayName(tx, assigneeId);
      await this.mail(tx, 'taken', current.requesterId, current, volunteerName);
      if (kind !== HelpRequestEventKind.ACCEPTED) await this.mail(tx, 'assignedToYou', assigneeId, current);
    }
    return Object.assign(new HelpRequest(), current, { status: to, assigneeId, updatedAt });
  }

  private async displayName(tx: EntityManager, id: string): Promise<string> {
    const rows: { name: string }[] = await tx.query(`SELECT display_name AS name FROM person WHERE id = $1`, [id]);
    return rows[0]?.name ?? '';
  }

  private async mail(tx: EntityManager, kind: 'taken' | 'assignedToYou' | 'expired' | 'cancelled', to: string, request: HelpRequest, volunteer?: string): Promise<void> {
    const mail = await this.notices.mailFor(tx, kind, to, request, volunteer);
    if (mail) await this.outbox.enqueue(tx, [mail]);
  }
}
