import { DEMOTION_REASON_MAX as DOMAIN_MAX } from '@relais/domain-leaders';
import { DEMOTION_REASON_MAX, demotionReasonProblem } from './demotion-reason';

describe('demotionReasonProblem', () => {
  it('requires a reason, spaces not counting', () => {
    expect(demotionReasonProblem('')).toBe('required');
    expect(demotionReasonProblem('   \n ')).toBe('required');
    expect(demotionReasonProblem('A déménagé à Lyon')).toBeNull();
  });

  it('refuses what the API would refuse as too long', () => {
    expect(DEMOTION_REASON_MAX).toBe(DOMAIN_MAX);
    expect(demotionReasonProblem('x'.repeat(DEMOTION_REASON_MAX))).toBeNull();
    expect(demotionReasonProblem(` ${'x'.repeat(DEMOTION_REASON_MAX)} `)).toBeNull();
    expect(demotionReasonProblem('x'.repeat(DEMOTION_REASON_MAX + 1))).toBe('tooLong');
  });
});
