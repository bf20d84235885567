import type { FieldError } from '@relais/domain-people';
import { fieldError } from '@relais/domain-people';

export const DEMOTION_REASON_MAX = 500;

/**
 * What keeps a demotion reason from being accepted, null when it can go: a demotion is explained to
 * whoever reads the history later, so a reason is required. The admin app words the problem itself.
 */
export function demotionReasonProblem(reason: string): 'required' | 'tooLong' | null {
  const length = reason.trim().length;
  if (length === 0) return 'required';
  return length > DEMOTION_REASON_MAX ? 'tooLong' : null;
}

export function checkDemotionReason(reason: string): FieldError[] {
  switch (demotionReasonProblem(reason)) {
    case 'required':
      return [fieldError('reason', 'say why: a demotion needs a reason')];
    case 'tooLong':
      return [fieldError('reason', `must be at most ${DEMOTION_REASON_MAX} characters`)];
    default:
      return [];
  }
}
