/** Timers as the browser (or a test's fake clock) gives them. */
export interface Timers {
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const CLOCK: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface DelayedActions {
  /** Runs `action` for `id` after the delay, unless undone first; a second one for the same id replaces it. */
  schedule: (id: string, action: () => void) => void;
  /** Undoes a waiting action; false when there was none (already run, or never scheduled). */
  cancel: (id: string) => boolean;
  /** Runs every waiting action now: the page is being left, nothing may be lost. */
  flush: () => void;
  pending: () => string[];
}

/**
 * Actions that wait a few seconds before they happen, so that a tap can be taken back. Nothing
 * about the screen: the page decides what to show while they wait.
 */
export function delayedActions(delayMs: number, onChange: () => void = () => undefined, timers: Timers = CLOCK): DelayedActions {
  const waiting = new Map<string, { handle: unknown; action: () => void }>();
  const run = (id: string) => {
    const entry = waiting.get(id);
    if (!entry) return;
    waiting.delete(id);
    onChange();
    entry.action();
  };
  return {
    schedule: (id, action) => {
      const previous = waiting.get(id);
      if (previous) timers.clearTimeout(previous.handle);
      waiting.set(id, { handle: timers.setTimeout(() => run(id), delayMs), action });
      onChange();
    },
    cancel: (id) => {
      const entry = waiting.get(id);
      if (!entry) return false;
      timers.clearTimeout(entry.handle);
      waiting.delete(id);
      onChange();
      return true;
    },
    flush: () => {
      for (const [id, entry] of [...waiting]) {
        timers.clearTimeout(entry.handle);
        run(id);
      }
    },
    pending: () => [...waiting.keys()],
  };
}
