import type { Client } from 'graphql-ws';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveSubscription<T> {
  /** Resolves with the next event, or rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<T>;
  /** Events received so far and not yet taken by `next`. */
  pending(): T[];
  close(): Promise<void>;
}

/** A graphql-ws subscription as the admin app opens it: token in connectionParams. */
export async function subscribe<T>(baseUrl: string, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<LiveSubscription<T>> {
  const client: Client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  const queue: T[] = [];
  const waiters: ((value: T) => void)[] = [];
  let failure: unknown = null;
  let acknowledged: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (acknowledged = resolve));
  client.on('connected', () => acknowledged());
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors?.length) failure = result.errors;
        const value = (result.data ?? result) as T;
        const waiter = waiters.shift();
        if (waiter) waiter(value);
        else queue.push(value);
      },
      error: (error) => {
        failure = error;
      },
      complete: () => undefined,
    },
  );
  await ready;
  // The server registers the subscription right after the connection; give it a moment.
  await new Promise((resolve) => setTimeout(resolve, 150));
  return {
    next: (timeoutMs = 3000) =>
      new Promise<T>((resolve, reject) => {
        if (failure) return reject(new Error(JSON.stringify(failure)));
        const queued = queue.shift();
        if (queued !== undefined) return resolve(queued);
        const timer = setTimeout(() => reject(new Error(failure ? JSON.stringify(failure) : 'no event in time')), timeoutMs);
        waiters.push((value) => {
          clearTimeout(timer);
          resolve(value);
        });
      }),
    pending: () => [...queue],
    close: async () => {
      dispose();
      await client.dispose();
    },
  };
}
