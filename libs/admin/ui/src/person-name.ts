import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Any person the API returns with `erased` asked for alongside `displayName`. */
export interface NamedPerson {
  displayName: string;
  erased: boolean;
}

/**
 * Names a person on screen. Erased people's traces point to one placeholder whose own name is
 * '—', which reads as nothing at all: it is named « Personne effacée » in the reader's language.
 */
export function usePersonName(): (person: NamedPerson) => string {
  const { t } = useTranslation();
  return useCallback((person: NamedPerson) => (person.erased ? t('erasedPerson') : person.displayName), [t]);
}
