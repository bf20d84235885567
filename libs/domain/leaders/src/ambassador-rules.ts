import type { FieldError } from '@relais/domain-people';
import { fieldError } from '@relais/domain-people';

export const DEMOTION_REASON_MAX = 500;

/** A demotion is explained to whoever reads the history later: a reason is required. */
export function checkDemotionReason(reason: string): FieldError[] {
  const length = reason.trim().length;
  if (length === 0) return [fieldError('reason', 'say why: a demotion needs a reason')];
  if (length > DEMOTION_REASON_MAX) return [fieldError('reason', `must be at most ${DEMOTION_REASON_MAX} characters`)];
  return [];
}
