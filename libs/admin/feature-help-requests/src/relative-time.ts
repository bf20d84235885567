import { elapsedSince } from './elapsed';

/**
 * How long ago, as people say it: « à l’instant » (`justNow`) under a minute, then « il y a
 * 5 min », « il y a 3 h », « hier », « il y a 3 jours »; minutes and hours short, days in words.
 */
export function formatAgo(at: Date, now: Date, language: string, justNow: string): string {
  const { value, unit } = elapsedSince(at, now);
  if (unit === 'minute' && value === 0) return justNow;
  return new Intl.RelativeTimeFormat(language, { numeric: 'auto', style: unit === 'day' ? 'long' : 'short' }).format(-value, unit);
}
