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
