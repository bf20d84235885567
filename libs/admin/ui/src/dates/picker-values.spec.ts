import { localInputToPicker, pickerToLocalInput, pickerToTime, timeToPicker } from './picker-values';

describe('picker values', () => {
  it('carry a date and time between the form and DateTimePicker', () => {
    expect(localInputToPicker('2026-12-07T18:05')).toBe('2026-12-07 18:05:00');
    expect(localInputToPicker('')).toBeNull();
    expect(pickerToLocalInput('2026-12-07 18:05:00')).toBe('2026-12-07T18:05');
    expect(pickerToLocalInput(null)).toBe('');
  });

  it('carry a time of day between the form and TimePicker, to the minute', () => {
    expect(timeToPicker('09:30')).toBe('09:30:00');
    expect(timeToPicker('')).toBe('');
    expect(pickerToTime('21:45:00')).toBe('21:45');
    expect(pickerToTime('')).toBe('');
  });
});
