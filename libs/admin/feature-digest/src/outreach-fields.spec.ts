import type { OutreachDraft } from './outreach-fields';
import { TIME_ZONES, hourLabel, invalidOutreachFields, refusedOutreachFields, timeZoneChoices, weekdayName } from './outreach-fields';

const draft: OutreachDraft = { digestWeekday: 5, digestHour: 17, digestTimeZone: 'Europe/Paris', ambassadorWeeklyCap: 2 };

describe('outreach settings fields', () => {
  it('accepts the defaults and the ends of each range', () => {
    expect(invalidOutreachFields(draft)).toEqual([]);
    expect(invalidOutreachFields({ ...draft, digestWeekday: 1, digestHour: 0, ambassadorWeeklyCap: 7 })).toEqual([]);
    expect(invalidOutreachFields({ ...draft, digestWeekday: 7, digestHour: 23, ambassadorWeeklyCap: 1 })).toEqual([]);
  });

  it('refuses what the API would: out of range, a fraction, an emptied field, no zone', () => {
    expect(invalidOutreachFields({ ...draft, ambassadorWeeklyCap: 8 })).toEqual(['ambassadorWeeklyCap']);
    expect(invalidOutreachFields({ ...draft, ambassadorWeeklyCap: 0 })).toEqual(['ambassadorWeeklyCap']);
    expect(invalidOutreachFields({ ...draft, ambassadorWeeklyCap: 1.5 })).toEqual(['ambassadorWeeklyCap']);
    expect(invalidOutreachFields({ ...draft, ambassadorWeeklyCap: '' })).toEqual(['ambassadorWeeklyCap']);
    expect(invalidOutreachFields({ ...draft, digestHour: 24, digestWeekday: 0, digestTimeZone: ' ' })).toEqual(['digestWeekday', 'digestHour', 'digestTimeZone']);
  });

  it('keeps only the settings a refusal names, in the page’s order', () => {
    expect(refusedOutreachFields(['digestTimeZone', 'other', 'digestWeekday'])).toEqual(['digestWeekday', 'digestTimeZone']);
    expect(refusedOutreachFields([])).toEqual([]);
  });

  it('offers a saved zone that is not in the short list, first, and no zone twice', () => {
    expect(timeZoneChoices('Europe/Paris')).toEqual([...TIME_ZONES]);
    expect(timeZoneChoices('Asia/Tokyo')).toEqual(['Asia/Tokyo', ...TIME_ZONES]);
  });

  it('names the days from Monday (1) to Sunday (7) in the page’s language', () => {
    expect([1, 5, 7].map((day) => weekdayName(day, 'fr'))).toEqual(['lundi', 'vendredi', 'dimanche']);
    expect([1, 5, 7].map((day) => weekdayName(day, 'en'))).toEqual(['Monday', 'Friday', 'Sunday']);
  });

  it('writes hours on a 24-hour clock in both languages', () => {
    expect(hourLabel(17, 'fr')).toBe('17\u00a0h');
    expect(hourLabel(0, 'fr')).toBe('0\u00a0h');
    expect(hourLabel(17, 'en')).toBe('17:00');
    expect(hourLabel(7, 'en')).toBe('07:00');
  });
});
