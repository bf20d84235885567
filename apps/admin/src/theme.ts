import { Anchor, DEFAULT_THEME, Pagination, createTheme } from '@mantine/core';
import type { CSSVariablesResolver, MantineColorsTuple } from '@mantine/core';
import i18next from 'i18next';
import { readableShade } from './readable-colours';

/** WCAG AA for small text, with room for a tint laid on a hovered or striped row. */
const WORDS_CONTRAST = 4.6;
const BADGE_CONTRAST = 5.5;

// Every colour's two darkest shades made dark enough to carry words (shade 8 for coloured text,
// shade 9 for buttons, links and badges); the lighter ones stay Mantine's.
const colors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).map(([name, palette]) => [
    name,
    [...palette.slice(0, 8), readableShade(palette[8], WORDS_CONTRAST), readableShade(palette[9], BADGE_CONTRAST)] as unknown as MantineColorsTuple,
  ]),
);

export const theme = createTheme({
  primaryColor: 'teal',
  // Filled buttons, links and light badges' words in that darkest shade: white on Mantine's
  // default teal (shade 6) is 2.5:1, well under the 4.5:1 small text needs.
  primaryShade: 9,
  colors,
  defaultRadius: 'md',
  components: {
    // Dark enough for words, a link is too close to the text around it to be told by colour alone.
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // Its arrows have no words: name them, in the page's language, for screen readers.
    Pagination: Pagination.extend({
      defaultProps: { getControlProps: (control) => ({ 'aria-label': i18next.t(`accessible.page.${control}`) }) },
    }),
  },
});

/** Dimmed words readable on white and on striped rows (6:1; Mantine's gray 6 is 3.3:1). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636a' },
  dark: {},
});
