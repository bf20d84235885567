import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isScoreComponentName } from './score-components';

/** A score part's name in the current language; an unknown one as the API spells it. */
export function useComponentLabel(): (name: string) => string {
  const { t } = useTranslation();
  return useCallback((name: string) => (isScoreComponentName(name) ? t(`scoreComponents.${name}`) : name), [t]);
}
