import { dateTimeLocale } from '@relais/admin-i18n';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** "6 déc. 2026" in the reader's language. */
export function useIdeaDate(): (iso: string) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(dateTimeLocale(i18n.language), { dateStyle: 'medium' });
    return (iso: string) => format.format(new Date(iso));
  }, [i18n.language]);
}
