import { Injectable } from '@nestjs/common';
import type { HelpRequestEventKind } from '@relais/domain-help-requests';
import { HelpRequestEventKind as Kind, HelpRequestStatus, TRANSITIONS } from '@relais/domain-help-requests';
import type { NewMail } from '@relais/server-messaging';
import { OutboxService } from '@relais/server-messaging';
import type { EntityManager } from 'typeorm';
import { CLOSED_STATUSES } from './help-request-access';
import type { MailKind, MailRecipient } from './help-request-mails';
import { helpRequestMail } from './help-request-mails';
import { HelpRequest } from './help-request.entity';

export type Move = Exclude<HelpRequestEventKind, HelpRequestEventKind.POSTED>;

/** A checked change of one request, whose rows are locked by the caller's transaction. */
export interface PlannedMove {
  current: HelpRequest;
  kind: Move;
  /** The assignee after the move; undefined keeps the current one. */
  assignee?: string | null;
}

/**
 * Writes checked moves set-based, whatever their number: one UPDATE of the requests, one
 * INSERT of their events, one update of the volunteers' counters, one read of the people to
 * tell and one INSERT into the outbox. Auto-assigning hundreds of requests is then a handful
 * of statements, and a single accept takes the same path.
 */
@Injectable()
export class HelpRequestMoves {
  constructor(private readonly outbox: OutboxService) {}

  async apply(tx: EntityManager, moves: readonly PlannedMove[], actorId: string | null): Promise<HelpRequest[]> {
    if (!moves.length) return [];
    const updatedAt = new Date();
    const after = moves.map(({ current, kind, assignee }) =>
      Object.assign(new HelpRequest(), current, {
        status: TRANSITIONS[kind].to,
        assigneeId: assignee === undefined ? current.assigneeId : assignee,
        updatedAt,
        // Retention counts from here: the volunteer's sight of the place, then the place itself.
        closedAt: CLOSED_STATUSES.includes(TRANSITIONS[kind].to) ? updatedAt : null,
      }),
    );
    await tx.query(
      `UPDATE help_request h SET status = u.status, assignee_id = u.assignee, updated_at = $4, closed_at = u.closed_at
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $5::timestamptz[]) AS u(id, status, assignee, closed_at) WHERE h.id = u.id`,
      [after.map((r) => r.id), after.map((r) => r.status), after.map((r) => r.assigneeId), updatedAt, after.map((r) => r.closedAt)],
    );
    await tx.query(
      `INSERT INTO help_request_event (help_request_id, kind, actor_id, volunteer_id, from_status, to_status, at)
       SELECT u.id, u.kind, $6::uuid, u.volunteer, u.from_status, u.to_status, $7
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[]) AS u(id, kind, volunteer, from_status, to_status)`,
      [
        moves.map((m) => m.current.id),
        moves.map((m) => m.kind),
        moves.map((m, i) => after[i]?.assigneeId ?? m.current.assigneeId),
        moves.map((m) => m.current.status),
        after.map((r) => r.status),
        actorId,
        updatedAt,
      ],
    );
    const taken = after.filter((r) => r.status === HelpRequestStatus.ASSIGNED).map((r) => r.assigneeId as string);
    if (taken.length) {
      await tx.query(
        `UPDATE volunteer_profile v SET taken_count = taken_count + u.n
         FROM (SELECT person_id, count(*)::int AS n FROM unnest($1::uuid[]) AS person_id GROUP BY person_id) u WHERE v.person_id = u.person_id`,
        [taken],
      );
    }
    await this.outbox.enqueue(tx, await this.mails(tx, moves, after));
    return after;
  }

  /** Who hears of each move: the requester when their request is taken or expires, a volunteer when assigned or cancelled on. */
  private async mails(tx: EntityManager, moves: readonly PlannedMove[], after: readonly HelpRequest[]): Promise<NewMail[]> {
    const ids = new Set<string>();
    for (const [i, move] of moves.entries()) {
      ids.add(move.current.requesterId);
      if (move.current.assigneeId) ids.add(move.current.assigneeId);
      const assignee = after[i]?.assigneeId;
      if (assignee) ids.add(assignee);
    }
    const rows: (MailRecipient & { id: string })[] = await tx.query(
      `SELECT id, email, display_name AS "displayName", languages FROM person WHERE id = ANY($1::uuid[])`,
      [[...ids]],
    );
    const people = new Map(rows.map((row) => [row.id, row]));
    const mails: NewMail[] = [];
    const tell = (kind: MailKind, to: string | null, request: HelpRequest, volunteer?: string) => {
      const recipient = to ? people.get(to) : undefined;
      const parties = [request.requesterId, ...(request.assigneeId ? [request.assigneeId] : [])];
      if (recipient) mails.push(helpRequestMail(kind, recipient, { description: request.description, volunteer }, parties));
    };
    moves.forEach(({ current, kind }, i) => {
      const request = after[i] as HelpRequest;
      if (request.status === HelpRequestStatus.ASSIGNED) {
        tell('taken', current.requesterId, request, people.get(request.assigneeId ?? '')?.displayName);
        if (kind !== Kind.ACCEPTED) tell('assignedToYou', request.assigneeId, request);
      } else if (kind === Kind.CANCELLED) {
        tell('cancelled', current.assigneeId, request);
      } else if (kind === Kind.EXPIRED) {
        tell('expired', current.requesterId, request);
      }
    });
    return mails;
  }
}
