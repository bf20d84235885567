import { localInputToIso, toLocalInputValue } from './local-date-time';

describe('datetime-local values', () => {
  it('round-trips a local date to the minute', () => {
    const date = new Date(2025, 10, 20, 9, 5, 42);
    const value = toLocalInputValue(date);
    expect(value).toBe('2025-11-20T09:05');
    expect(localInputToIso(value)).toBe(new Date(2025, 10, 20, 9, 5).toISOString());
  });

  it('gives null for nothing or nonsense', () => {
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('not a date')).toBeNull();
  });
});
