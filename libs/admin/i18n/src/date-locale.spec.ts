import { dateTimeLocale } from './date-locale';

const evening = new Date(2026, 11, 7, 18, 5);

describe('dateTimeLocale', () => {
  it('writes the day before the month and a 24-hour clock, in French and in English', () => {
    const written = (language: string) => new Intl.DateTimeFormat(dateTimeLocale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(evening);
    expect(written('fr')).toBe('7 déc. 2026, 18:05');
    expect(written('en')).toBe('7 Dec 2026, 18:05');
    expect(new Intl.DateTimeFormat(dateTimeLocale('en'), { dateStyle: 'short' }).format(evening)).toBe('07/12/2026');
  });
});
