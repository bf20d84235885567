/** The API's limit (DEMOTION_REASON_MAX of @relais/domain-leaders, checked equal by the spec). */
export const DEMOTION_REASON_MAX = 500;

/** What keeps a demotion reason from being sent, by the API's own rule; null when it can go. */
export function demotionReasonProblem(reason: string): 'required' | 'tooLong' | null {
  const length = reason.trim().length;
  if (length === 0) return 'required';
  return length > DEMOTION_REASON_MAX ? 'tooLong' : null;
}
