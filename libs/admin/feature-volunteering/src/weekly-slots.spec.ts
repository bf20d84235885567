import { minutesToTime, slotFromDraft, timeToMinutes } from './weekly-slots';

describe('weekly slot times', () => {
  it('writes minutes as HH:MM, the end of the day as 00:00', () => {
    expect(minutesToTime(0)).toBe('00:00');
    expect(minutesToTime(9 * 60 + 5)).toBe('09:05');
    expect(minutesToTime(1440)).toBe('00:00');
  });

  it('reads HH:MM back, an end at 00:00 as midnight after the day', () => {
    expect(timeToMinutes('18:30', false)).toBe(1110);
    expect(timeToMinutes('00:00', false)).toBe(0);
    expect(timeToMinutes('00:00', true)).toBe(1440);
    expect(timeToMinutes('', false)).toBeNull();
    expect(timeToMinutes('25:00', false)).toBeNull();
  });

  it('turns a draft into the API slot, refusing one that ends before it starts', () => {
    expect(slotFromDraft({ key: 'a', day: 2, start: '14:00', end: '18:00' })).toEqual({ day: 2, startMinute: 840, endMinute: 1080 });
    expect(slotFromDraft({ key: 'b', day: 6, start: '20:00', end: '00:00' })).toEqual({ day: 6, startMinute: 1200, endMinute: 1440 });
    expect(slotFromDraft({ key: 'c', day: 0, start: '18:00', end: '09:00' })).toBeNull();
  });
});
