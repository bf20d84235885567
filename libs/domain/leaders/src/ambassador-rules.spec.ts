import { DEMOTION_REASON_MAX, checkDemotionReason, demotionReasonProblem } from './ambassador-rules';

describe('checkDemotionReason', () => {
  it('wants a reason that is not blank', () => {
    expect(checkDemotionReason('   ')).toEqual([expect.objectContaining({ field: 'reason' })]);
  });

  it('caps its length, counting the trimmed text', () => {
    expect(checkDemotionReason(` ${'x'.repeat(DEMOTION_REASON_MAX)} `)).toEqual([]);
    expect(checkDemotionReason('x'.repeat(DEMOTION_REASON_MAX + 1))).toEqual([expect.objectContaining({ field: 'reason' })]);
  });

  it('accepts a plain reason', () => {
    expect(checkDemotionReason('moved to Lyon')).toEqual([]);
  });
});

describe('demotionReasonProblem', () => {
  it('requires a reason, spaces not counting', () => {
    expect(demotionReasonProblem('')).toBe('required');
    expect(demotionReasonProblem('   \n ')).toBe('required');
    expect(demotionReasonProblem('A déménagé à Lyon')).toBeNull();
  });

  it('refuses what the API would refuse as too long', () => {
    expect(demotionReasonProblem('x'.repeat(DEMOTION_REASON_MAX))).toBeNull();
    expect(demotionReasonProblem(` ${'x'.repeat(DEMOTION_REASON_MAX)} `)).toBeNull();
    expect(demotionReasonProblem('x'.repeat(DEMOTION_REASON_MAX + 1))).toBe('tooLong');
  });
});
