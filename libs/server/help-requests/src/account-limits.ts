import { Role } from '@relais/domain-people';
import type { Viewer } from '@relais/server-shared';
import { tooManyAttempts } from '@relais/server-shared';
import type { EntityManager } from 'typeorm';

/** At most `max` rows an account wrote in the last `windowSeconds`. */
export interface AccountLimit {
  max: number;
  windowSeconds: number;
}

const HOUR = 3600;
const DAY = 24 * HOUR;

/**
 * A resident posts a need or two a week; thirty in an hour, or a hundred in a day, is a script.
 * An organiser posting for residents from a phone line takes ten times that.
 */
export const POSTING_LIMITS: Record<'own' | 'organiser', readonly AccountLimit[]> = {
  own: [
    { max: 30, windowSeconds: HOUR },
    { max: 100, windowSeconds: DAY },
  ],
  organiser: [
    { max: 300, windowSeconds: HOUR },
    { max: 1000, windowSeconds: DAY },
  ],
};

/** Vouching for people one knows: twenty in an hour, fifty in a day, is more than a neighbourhood meeting. */
export const ENDORSING_LIMITS: readonly AccountLimit[] = [
  { max: 20, windowSeconds: HOUR },
  { max: 50, windowSeconds: DAY },
];

/**
 * Taking a request shows its address. Twelve taken in a day is more than anyone does by hand;
 * and a volunteer who gave back three in a week takes no more until the first of those is a week
 * old (an organiser can still assign them): accepting and giving back in a loop would otherwise
 * collect the homes of a neighbourhood.
 */
export const TAKING_LIMITS: readonly AccountLimit[] = [{ max: 12, windowSeconds: DAY }];
export const GIVING_BACK_LIMITS: readonly AccountLimit[] = [{ max: 3, windowSeconds: 7 * DAY }];

export function postingLimits(viewer: Viewer): readonly AccountLimit[] {
  return viewer.roles.includes(Role.ORGANISER) || viewer.roles.includes(Role.ADMIN) ? POSTING_LIMITS.organiser : POSTING_LIMITS.own;
}

/** Where an account's writes of one kind are: the table, its author column, its time column. */
export interface AccountWrites {
  table: 'help_request' | 'endorsement' | 'help_request_event' | 'idea' | 'idea_comment';
  authorColumn: 'posted_by_id' | 'endorser_id' | 'volunteer_id' | 'author_id';
  /** created_at unless said otherwise. */
  timeColumn?: 'at';
  /** Which rows of the table count, for a table of several kinds. */
  kind?: string;
  /** Says what was refused: "help requests", "endorsements". */
  what: string;
}

/**
 * Inside the transaction that writes: takes the account's lock for this kind of write, so that
 * parallel writes count one after another, then refuses (TOO_MANY_ATTEMPTS, with the seconds
 * until the oldest write that matters ages out) when a window already holds `max` of them.
 * Counting the rows themselves keeps the count exact: a write rolled back was never counted.
 */
export async function assertUnderAccountLimits(tx: EntityManager, writes: AccountWrites, authorId: string, limits: readonly AccountLimit[]): Promise<void> {
  if (!limits.length) return;
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`${writes.table}:${authorId}`]);
  const at = writes.timeColumn ?? 'created_at';
  for (const { max, windowSeconds } of limits) {
    // The max-th newest write in the window: while it is in the window, the window is full.
    const rows: { wait: number }[] = await tx.query(
      `SELECT extract(epoch FROM ${at} + make_interval(secs => $2) - now())::float8 AS wait
       FROM ${writes.table} WHERE ${writes.authorColumn} = $1 AND ${at} > now() - make_interval(secs => $2) ${writes.kind ? 'AND kind = $4' : ''}
       ORDER BY ${at} DESC OFFSET $3 LIMIT 1`,
      writes.kind ? [authorId, windowSeconds, max - 1, writes.kind] : [authorId, windowSeconds, max - 1],
    );
    const full = rows[0];
    if (full) throw tooManyAttempts(`too many ${writes.what} from this account; try again in ${Math.ceil(full.wait)} s`, full.wait);
  }
}
