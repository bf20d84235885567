import { fieldRule, knownFieldRule } from './field-rule';

describe('fieldRule', () => {
  it('reads the numbers a rule names', () => {
    expect(fieldRule('must have at most 200 characters')).toEqual({ key: 'tooLong', values: { max: 200 } });
    expect(fieldRule('must be 5 to 120 characters')).toEqual({ key: 'length', values: { min: 5, max: 120 } });
    expect(fieldRule('must be a whole number of days from 30 to 3650')).toEqual({ key: 'daysRange', values: { min: 30, max: 3650 } });
  });

  it('tells the outreach settings apart by the words of their ranges', () => {
    expect(knownFieldRule('must be a day of the week from 1 (Monday) to 7 (Sunday)')?.key).toBe('weekday');
    expect(knownFieldRule('must be an hour from 0 to 23')).toEqual({ key: 'hourRange', values: { min: 0, max: 23 } });
    expect(knownFieldRule('must be a whole number of campaigns from 1 to 7')).toEqual({ key: 'wholeRange', values: { min: 1, max: 7 } });
  });

  it('gives the generic rule, never the API English, for a rule it does not know', () => {
    expect(knownFieldRule('must rhyme with orange')).toBeNull();
    expect(fieldRule('must rhyme with orange')).toEqual({ key: 'invalid', values: {} });
  });
});
