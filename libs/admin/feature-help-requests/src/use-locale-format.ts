import { dateTimeLocale } from '@relais/admin-i18n';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAgo } from './relative-time';

export interface LocaleFormat {
  /** « 20 nov. 2025, 14:30 », "20 Nov 2025, 14:30": day first, a 24-hour clock. */
  dateTime: (iso: string) => string;
  /** « à l’instant », « il y a 5 min », « il y a 3 h », « hier », relative to `now`. */
  ago: (iso: string, now: Date) => string;
  /** "300 m", "1,2 km". */
  distance: (meters: number) => string;
  /** A score in [0, 1] with two decimals: "0,82". */
  score: (value: number) => string;
  /** A share in [0, 1] as a percentage: "25 %". */
  percent: (value: number) => string;
  /** A mean rating with one decimal: "4,7". */
  rating: (value: number) => string;
}

/** Dates, distances and numbers written the way the current language writes them. */
export function useLocaleFormat(): LocaleFormat {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(dateTimeLocale(language), { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' });
    const meters = new Intl.NumberFormat(language, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 });
    const kilometers = new Intl.NumberFormat(language, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 });
    const score = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const rating = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    return {
      dateTime: (iso) => dateTime.format(new Date(iso)),
      ago: (iso, now) => formatAgo(new Date(iso), now, language, t('time.justNow')),
      distance: (m) => (m < 1000 ? meters.format(m) : kilometers.format(m / 1000)),
      score: (value) => score.format(value),
      percent: (value) => percent.format(value),
      rating: (value) => rating.format(value),
    };
  }, [language, t]);
}
