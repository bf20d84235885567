import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';

/** Edits are previewed once typing pauses this long: each preview scores a quartier twice. */
export const PREVIEW_DEBOUNCE_MS = 450;

/**
 * The edited values a preview asks about, once they have stayed the same for a moment, and
 * whether newer ones are waiting. Compared by value: the form builds a new object each render.
 */
export function useDebouncedEdit<T>(edit: T | null): { asked: T | null; pending: boolean } {
  const key = edit === null ? '' : JSON.stringify(edit);
  const [askedKey] = useDebouncedValue(key, PREVIEW_DEBOUNCE_MS);
  const asked = useMemo(() => (askedKey ? (JSON.parse(askedKey) as T) : null), [askedKey]);
  return { asked, pending: key !== askedKey };
}
