import { MAX_FILTER_HOURS, queueFilterErrors } from './queue-filter-rules';

describe('queueFilterErrors', () => {
  it('accepts no filter, zero and any age up to the cap', () => {
    expect(queueFilterErrors({})).toEqual([]);
    expect(queueFilterErrors({ olderThanHours: 0, unmatchedForHours: MAX_FILTER_HOURS })).toEqual([]);
  });

  it('names each age that is negative or past the cap (2^31 - 1 hours is past any date PostgreSQL holds)', () => {
    expect(queueFilterErrors({ olderThanHours: -1, unmatchedForHours: 2 ** 31 - 1 }).map((error) => error.field)).toEqual([
      'olderThanHours',
      'unmatchedForHours',
    ]);
    expect(queueFilterErrors({ olderThanHours: MAX_FILTER_HOURS + 1 })[0]?.message).toBe(`must be from 0 to ${MAX_FILTER_HOURS}`);
  });
});
