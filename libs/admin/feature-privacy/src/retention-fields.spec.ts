import { daysAsYearsAndMonths, invalidRetentionFields, refusedRetentionFields } from './retention-fields';

describe('invalidRetentionFields', () => {
  it('accepts each field at both ends of its range', () => {
    expect(invalidRetentionFields({ addressRetentionDays: 1, auditRetentionDays: 30, inactiveAccountDays: 365 })).toEqual([]);
    expect(invalidRetentionFields({ addressRetentionDays: 365, auditRetentionDays: 3650, inactiveAccountDays: 3650 })).toEqual([]);
  });

  it('names the fields that are empty, fractional or out of range', () => {
    expect(invalidRetentionFields({ addressRetentionDays: '', auditRetentionDays: 29, inactiveAccountDays: 3651 })).toEqual([
      'addressRetentionDays',
      'auditRetentionDays',
      'inactiveAccountDays',
    ]);
    expect(invalidRetentionFields({ addressRetentionDays: 2.5, auditRetentionDays: 365, inactiveAccountDays: 1095 })).toEqual(['addressRetentionDays']);
  });
});

describe('refusedRetentionFields', () => {
  it('reads the settings named by a BAD_USER_INPUT answer, and nothing else', () => {
    const extensions = {
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'inactiveAccountDays', message: 'must be a whole number of days from 365 to 3650' },
        { field: 'somethingElse', message: '…' },
      ],
    };
    expect(refusedRetentionFields(extensions)).toEqual(['inactiveAccountDays']);
    expect(refusedRetentionFields({ code: 'FORBIDDEN' })).toEqual([]);
    expect(refusedRetentionFields(undefined)).toEqual([]);
  });
});

describe('daysAsYearsAndMonths', () => {
  it('says 1095 days are three years, 30 days a month and 400 days a year and a month', () => {
    expect(daysAsYearsAndMonths(1095)).toEqual({ years: 3, months: 0 });
    expect(daysAsYearsAndMonths(30)).toEqual({ years: 0, months: 1 });
    expect(daysAsYearsAndMonths(400)).toEqual({ years: 1, months: 1 });
  });
});
