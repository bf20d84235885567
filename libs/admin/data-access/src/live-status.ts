/** Where the subscriptions' socket stands; `idle` when no page listens live. */
export type LiveStatus = 'idle' | 'connecting' | 'connected';

type Listener = () => void;
const listeners = new Set<Listener>();
let current: LiveStatus = 'idle';

export function getLiveStatus(): LiveStatus {
  return current;
}

export function setLiveStatus(status: LiveStatus): void {
  if (status === current) return;
  current = status;
  listeners.forEach((listener) => listener());
}

/** Fits React's useSyncExternalStore. */
export function subscribeLiveStatus(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
