/**
 * The locale dates and times are written in: day before month and a 24-hour clock in both of the
 * app's languages (« 7 déc. 2026, 18:00 », "7 Dec 2026, 18:00"), never "12/7/2026, 6:00 PM".
 */
export function dateTimeLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'fr-FR';
}
