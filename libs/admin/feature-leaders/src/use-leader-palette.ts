import type { ScorePalette } from '@relais/admin-feature-score-breakdown';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LEADER_COLOURS, LEADER_COMPONENTS, isLeaderComponentName } from './leader-components';

/** How leader scores draw their five parts, named in the current language. */
export function useLeaderPalette(): ScorePalette {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      order: LEADER_COMPONENTS,
      colours: LEADER_COLOURS,
      label: (name: string) => (isLeaderComponentName(name) ? t(`leaderComponents.${name}`) : name),
    }),
    [t],
  );
}
