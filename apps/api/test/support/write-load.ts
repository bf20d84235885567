import { setTimeout as sleep } from 'node:timers/promises';
import type { GraphQLResult } from './graphql-client';
import { ASSIGN, COMPLETE, POST } from './help-request-fixtures';
import type { SignedUp } from './people-fixtures';
import { MARAIS } from './people-fixtures';

/** A write the API answered without error, and when it was sent and answered. */
export interface AcknowledgedWrite {
  kind: 'post' | 'assign' | 'complete';
  requestId: string;
  /** Who posted; to whom it was assigned; who completed it. */
  personId: string;
  sentAt: number;
  answeredAt: number;
}

export interface LoadReport {
  acknowledged: AcknowledgedWrite[];
  /** Writes answered with an error, by step and error code ("post: INTERNAL_SERVER_ERROR"). */
  failures: Record<string, number>;
  /** Writes not answered within `ANSWER_WITHIN_MS`: while the database is away, a write must fail, not hang. */
  unanswered: number;
}

/**
 * An organiser of the neighbourhood of `MARAIS` and a volunteer living there, who post, assign
 * and complete a request, round after round. An organiser may post ten times what a resident may,
 * and assigning is not limited as taking is (twelve a day): the API's speed bounds the load, not
 * the flood limits.
 */
export interface LoadPair {
  organiser: SignedUp;
  volunteer: SignedUp;
}

const STEPS = ['post', 'assign', 'complete'] as const;
const PAUSE_AFTER_FAILURE_MS = 100;
const ANSWER_WITHIN_MS = 15_000;

type Answer = GraphQLResult<Record<string, { id: string }>> | 'unanswered' | 'connection failed';

async function send(url: string, query: string, variables: object, token: string): Promise<Answer> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
    });
    return (await response.json()) as GraphQLResult<Record<string, { id: string }>>;
  } catch (error) {
    return error instanceof DOMException && error.name === 'TimeoutError' ? 'unanswered' : 'connection failed';
  }
}

function request(step: (typeof STEPS)[number], pair: LoadPair, requestId: string): { query: string; variables: object; token: string } {
  if (step === 'post') {
    const input = { category: 'ERRANDS', description: 'Courses pour la semaine', location: MARAIS, address: '12 rue de Bretagne, 75003 Paris' };
    return { query: POST, variables: { input }, token: pair.organiser.token };
  }
  if (step === 'assign') return { query: ASSIGN, variables: { id: requestId, volunteerId: pair.volunteer.id }, token: pair.organiser.token };
  return { query: COMPLETE, variables: { id: requestId }, token: pair.volunteer.token };
}

/**
 * Each pair writes as fast as the API answers until `until()` is true, or `maxWrites` each: a post
 * (a new row), an assignment (a mail in the outbox, a nudge to its job), a completion (the
 * neighbourhood's leaders marked for their job). A step that fails is tried again, unless the
 * answer is CONFLICT (it happened, and only its acknowledgement was lost): then the pair starts
 * a new request. Every acknowledged write is kept, to be looked for in the database afterwards.
 */
export async function runWriteLoad(url: string, pairs: readonly LoadPair[], until: () => boolean, maxWrites = 2_000): Promise<LoadReport> {
  const report: LoadReport = { acknowledged: [], failures: {}, unanswered: 0 };
  await Promise.all(
    pairs.map(async (pair) => {
      let step = 0;
      let requestId = '';
      for (let writes = 0; writes < maxWrites && !until(); writes++) {
        const kind = STEPS[step] as (typeof STEPS)[number];
        const { query, variables, token } = request(kind, pair, requestId);
        const sentAt = Date.now();
        const answer = await send(url, query, variables, token);
        const written = typeof answer === 'object' && !answer.errors?.length && answer.data ? Object.values(answer.data)[0] : undefined;
        if (written) {
          if (kind === 'post') requestId = written.id;
          const personId = kind === 'post' ? pair.organiser.id : pair.volunteer.id;
          report.acknowledged.push({ kind, requestId, personId, sentAt, answeredAt: Date.now() });
          step = (step + 1) % STEPS.length;
          continue;
        }
        if (answer === 'unanswered') report.unanswered++;
        const code = typeof answer === 'object' ? (answer.errors?.[0]?.extensions?.code ?? 'no data') : answer;
        report.failures[`${kind}: ${code}`] = (report.failures[`${kind}: ${code}`] ?? 0) + 1;
        if (code === 'CONFLICT') step = 0;
        await sleep(PAUSE_AFTER_FAILURE_MS);
      }
    }),
  );
  return report;
}
