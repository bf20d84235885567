import type { Client } from 'graphql-ws';
import { createClient } from 'graphql-ws';
import { setLiveStatus } from './live-status';
import { getToken, subscribeToken } from './session-token';

/** The page's own origin, as a WebSocket URL: ws:// beside http://, wss:// beside https://. */
export function sameOriginWebSocketUrl(path: string): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}${path}`;
}

const MAX_RETRY_WAIT_MS = 30_000;

/**
 * The graphql-ws client that carries subscriptions. The token is read at each (re)connection,
 * and a log-in or log-out closes the open socket so it reconnects as the new person: a socket
 * authenticates once, when it opens. `onReconnected` runs after a reconnection, when changes may
 * have been missed while the socket was down.
 */
export function createLiveSocket(url: string, onReconnected: () => void = () => undefined): Client {
  let socket: WebSocket | null = null;
  const client = createClient({
    url,
    connectionParams: () => {
      const token = getToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    // A live page should outlast a server restart or a train tunnel: keep trying, at a bounded pace.
    retryAttempts: Infinity,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(MAX_RETRY_WAIT_MS, 1000 * 2 ** retries))),
    on: {
      connecting: () => setLiveStatus('connecting'),
      connected: (opened, _payload, wasRetry) => {
        socket = opened as WebSocket;
        setLiveStatus('connected');
        if (wasRetry) onReconnected();
      },
      closed: () => {
        socket = null;
        setLiveStatus('idle');
      },
    },
  });
  subscribeToken(() => {
    // 4205 "Client Restart": not fatal, so graphql-ws reconnects the subscriptions still wanted.
    if (socket?.readyState === WebSocket.OPEN) socket.close(4205, 'Client Restart');
  });
  return client;
}
