import { em } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/** Where tables give way to cards: Mantine's `sm` breakpoint, 768 px. */
export const WIDE_SCREEN_PX = 768;

/** Whether the window is wide enough for a table; read at once, so a phone never draws one first. */
export function useWideScreen(): boolean {
  return useMediaQuery(`(min-width: ${em(WIDE_SCREEN_PX)})`, true, { getInitialValueInEffect: false });
}
