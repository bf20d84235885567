import type { ScorePalette } from '@relais/admin-feature-score-breakdown';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPONENT_COLOURS, SCORE_COMPONENTS, isScoreComponentName } from './score-components';

/** How match scores draw their parts, named in the current language. */
export function useMatchPalette(): ScorePalette {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      order: SCORE_COMPONENTS,
      colours: COMPONENT_COLOURS,
      label: (name: string) => (isScoreComponentName(name) ? t(`scoreComponents.${name}`) : name),
    }),
    [t],
  );
}
