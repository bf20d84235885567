import { useQuery } from '@apollo/client';
import { Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { NeighbourhoodsDocument, OpenRequestPlacesDocument } from '@relais/admin-data-access';
import { QueryError } from '@relais/admin-ui';
import { NeighbourhoodHeatMap, parseBoundary } from '@relais/admin-feature-neighbourhoods';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface OpenRequestsMapProps {
  neighbourhoodId: string;
}

/** The API's page limit: enough for any quartier's waiting requests at once. */
const MAX_POINTS = 100;
const REFRESH_MS = 60_000;

/** Where a quartier's open requests wait, as a heat layer of H3 cells over its boundary. */
export function OpenRequestsMap({ neighbourhoodId }: OpenRequestsMapProps) {
  const { t } = useTranslation();
  // The same list the quartiers map loads, so it is usually in the cache already.
  const boundaries = useQuery(NeighbourhoodsDocument);
  const open = useQuery(OpenRequestPlacesDocument, {
    variables: { neighbourhoodId, first: MAX_POINTS },
    fetchPolicy: 'cache-and-network',
    pollInterval: REFRESH_MS,
  });
  const neighbourhood = boundaries.data?.neighbourhoods.find((n) => n.id === neighbourhoodId) ?? null;
  const polygons = useMemo(() => (neighbourhood ? parseBoundary(neighbourhood.boundary) : []), [neighbourhood]);
  const items = useMemo(() => open.data?.helpRequestQueue.items ?? [], [open.data]);
  // The exact place where the API gives it (the viewer organises the quartier), the coarse cell otherwise.
  const points = useMemo(() => items.map((item) => item.location ?? item.approximateLocation), [items]);
  const exact = items.every((item) => item.location !== null && item.location !== undefined);
  const total = open.data?.helpRequestQueue.totalCount ?? 0;
  const failure = boundaries.error ?? open.error;

  return (
    <Paper withBorder p="md" data-testid="open-requests-map">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('heat.title')}
        </Title>
        {failure && (
          <QueryError error={failure} onRetry={() => Promise.all([boundaries.refetch(), open.refetch()])} title={t('heat.loadFailed')} />
        )}
        {neighbourhood && open.data ? (
          <>
            <NeighbourhoodHeatMap id={neighbourhood.id} name={neighbourhood.name} polygons={polygons} points={points} exact={exact} />
            <Text size="sm" data-testid="open-requests-count">
              {total === 0 ? t('heat.empty') : t('heat.count', { count: total })}
              {total > MAX_POINTS && ` ${t('heat.capped', { count: MAX_POINTS })}`}
            </Text>
          </>
        ) : (
          !failure && (
            <Center h={160}>
              <Loader aria-label={t('app.loading')} />
            </Center>
          )
        )}
      </Stack>
    </Paper>
  );
}
