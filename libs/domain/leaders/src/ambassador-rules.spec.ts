import { DEMOTION_REASON_MAX, checkDemotionReason } from './ambassador-rules';

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
