import { useQuery } from '@apollo/client';
import { NeighbourhoodOptionsDocument } from '@relais/admin-data-access';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { quartierFilterData } from './quartier-filter';

/** Every quartier for the board's Selects: the whole city, the person's own, then the others. */
export function useQuartierData(homeId: string | null) {
  const { t } = useTranslation();
  const { data } = useQuery(NeighbourhoodOptionsDocument);
  return useMemo(
    () =>
      quartierFilterData(data?.neighbourhoods ?? [], homeId, {
        wholeCity: t('ideas.quartier.wholeCity'),
        mine: t('ideas.quartier.mine'),
        others: t('ideas.quartier.others'),
      }),
    [data, homeId, t],
  );
}
