/** The figures of one quartier, as neighbourhoodFigures gives them. */
export interface QuartierFigures {
  neighbourhoodId: string;
  residents: number;
  volunteers: number;
  volunteersPerThousand: number | null;
  openNeeds: number;
  staleNeeds: number;
  rankedVolunteers: number;
  ambassadors: number;
  recruitingNeed: number;
}

export const CITY_MEASURES = ['openNeeds', 'staleNeeds', 'volunteersPerThousand', 'rankedVolunteers', 'ambassadors', 'recruitingNeed'] as const;
export type CityMeasure = (typeof CITY_MEASURES)[number];

export function isCityMeasure(value: string | null): value is CityMeasure {
  return (CITY_MEASURES as readonly string[]).includes(value ?? '');
}

/** Reds where more is worse (needs waiting), greens where more is better (people who help). */
const NEEDS = ['#ffe3e3', '#ffa8a8', '#ff6b6b', '#e03131', '#a51d1d'];
const PEOPLE = ['#d3f9d8', '#8ce99a', '#51cf66', '#2f9e44', '#1b5e2a'];
export const PALETTES: Record<CityMeasure, readonly string[]> = {
  openNeeds: NEEDS,
  staleNeeds: NEEDS,
  recruitingNeed: NEEDS,
  volunteersPerThousand: PEOPLE,
  rankedVolunteers: PEOPLE,
  ambassadors: PEOPLE,
};

export function measureValue(figures: QuartierFigures, measure: CityMeasure): number | null {
  return figures[measure];
}

/** A class of the legend: values from `from` (included) to `to` (excluded, but for the last). */
export interface LegendClass {
  from: number;
  to: number;
  colour: string;
}

/**
 * Equal steps from 0 to the largest value, as many as the palette has colours (fewer when the
 * values are small whole counts: no class « 0.4 to 0.8 needs »). Equal steps read at once on a
 * legend; quantiles would change the colour of a quartier when another one changes.
 */
export function legendClasses(values: readonly (number | null)[], palette: readonly string[], whole: boolean): LegendClass[] {
  const max = Math.max(0, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const count = whole ? Math.max(1, Math.min(palette.length, Math.ceil(max))) : palette.length;
  const raw = max > 0 ? max / count : 1;
  const step = whole ? Math.max(1, Math.ceil(raw)) : niceStep(raw);
  return Array.from({ length: count }, (_, i) => ({
    from: i * step,
    to: (i + 1) * step,
    colour: palette[Math.round((i * (palette.length - 1)) / Math.max(1, count - 1))] ?? palette[0] ?? '#ccc',
  }));
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10;
  return unit * power;
}

/** The colour of a value; null (no figure) has none. */
export function colourOf(value: number | null, classes: readonly LegendClass[]): string | null {
  if (value === null || classes.length === 0) return null;
  const found = classes.find((c) => value < c.to) ?? classes[classes.length - 1];
  return found?.colour ?? null;
}

/** Counts are whole numbers; rates are not. */
export function isWholeMeasure(measure: CityMeasure): boolean {
  return measure !== 'volunteersPerThousand' && measure !== 'recruitingNeed';
}
