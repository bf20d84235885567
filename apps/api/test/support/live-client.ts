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
  let refused: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    acknowledged = resolve;
    refused = reject;
  });
  client.on('connected', () => acknowledged());
  // A socket the server closes before acknowledging it was refused (e.g. 4403 without a valid token).
  client.on('closed', (event) => refused(new Error(`socket closed with ${(event as { code?: number }).code}`)));
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
  try {
    await ready;
  } catch (error) {
    await client.dispose();
    throw error;
  }
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
