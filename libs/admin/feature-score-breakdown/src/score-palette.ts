/** How one kind of score (a match, a leader's standing) draws its parts. */
export interface ScorePalette {
  /** The known part names, in the order bars and legends show them. */
  order: readonly string[];
  /** A Mantine colour per known part, e.g. 'teal.6'. */
  colours: Readonly<Record<string, string>>;
  /** A part's name in the current language; an unknown one as the API spells it. */
  label: (name: string) => string;
}

/** A part the API added after this app was built still shows, in grey. */
export const UNKNOWN_PART_COLOUR = 'gray.5';

export function partColour(palette: ScorePalette, name: string): string {
  return Object.hasOwn(palette.colours, name) ? (palette.colours[name] ?? UNKNOWN_PART_COLOUR) : UNKNOWN_PART_COLOUR;
}

/** 'teal.6' as the CSS variable Mantine defines for it, for elements that take a plain colour. */
export function mantineColour(colour: string): string {
  return `var(--mantine-color-${colour.replace('.', '-')})`;
}
