/** A setting's range as the API checks it; `whole` when it takes whole numbers only. */
export interface NumberRange {
  min: number;
  max: number;
  whole?: boolean;
}

/** What a number field holds: a number, or '' while it is emptied (Mantine's NumberInput). */
export type NumberDraft = number | string;

export function isInRange(value: NumberDraft, { min, max, whole }: NumberRange): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!whole || Number.isInteger(value));
}

/**
 * Each weight's share of their total, as scoring normalises them; null while one is out of its
 * range or all are zero, when there is no share to say.
 */
export function sharesOf<K extends string>(weights: Readonly<Record<K, NumberDraft>>, range: NumberRange): Record<K, number> | null {
  const entries = Object.entries(weights) as [K, NumberDraft][];
  if (!entries.every(([, value]) => isInRange(value, range))) return null;
  const total = entries.reduce((sum, [, value]) => sum + Number(value), 0);
  return total > 0 ? (Object.fromEntries(entries.map(([name, value]) => [name, Number(value) / total])) as Record<K, number>) : null;
}
