import { useQuery } from '@apollo/client';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { CandidatePlacesDocument, NeighbourhoodsDocument, RequestPlaceDocument } from '@relais/admin-data-access';
import { useLocaleFormat } from '@relais/admin-feature-help-requests';
import type { MapArea } from '@relais/admin-feature-maps';
import { GeoMap, MapDataTable } from '@relais/admin-feature-maps';
import { HeatMapSvg, parseBoundary } from '@relais/admin-feature-neighbourhoods';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPlaceAreas } from './request-place-areas';

export interface RequestPlaceMapProps {
  requestId: string;
  /** Candidates are asked only while the request waits for someone. */
  open: boolean;
}

const CANDIDATES = 10;

/**
 * Where the request is (its address for those who may see it, its coarse cell for others) and
 * the quartiers its candidates live in: no volunteer's home is shown, only what the API gives.
 */
export function RequestPlaceMap({ requestId, open }: RequestPlaceMapProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const place = useQuery(RequestPlaceDocument, { variables: { id: requestId } });
  const boundaries = useQuery(NeighbourhoodsDocument);
  const candidates = useQuery(CandidatePlacesDocument, { variables: { requestId, first: CANDIDATES }, skip: !open, fetchPolicy: 'cache-and-network' });
  const request = place.data?.helpRequest ?? null;
  const rows = useMemo(() => (open ? (candidates.data?.matchCandidates ?? []) : []), [open, candidates.data]);
  const quartiers = useMemo(() => (boundaries.data?.neighbourhoods ?? []).map((n) => ({ id: n.id, name: n.name, polygons: parseBoundary(n.boundary) })), [boundaries.data]);
  const layers = useMemo(
    () =>
      request
        ? requestPlaceAreas({
            quartiers,
            requestQuartierId: request.neighbourhood?.id ?? null,
            exact: request.location ?? null,
            approximate: request.approximateLocation,
            candidateQuartierIds: rows.map((row) => row.volunteer.neighbourhood?.id ?? null),
          })
        : null,
    [request, quartiers, rows],
  );
  if (!request || !layers) return null;
  const home = quartiers.find((q) => q.id === request.neighbourhood?.id);
  const shown = request.location ?? request.approximateLocation;
  return (
    <Paper withBorder p="md" data-testid="request-place">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('requestMap.title')}
        </Title>
        <GeoMap
          areas={layers.areas as MapArea[]}
          points={layers.points}
          frameIds={layers.frameIds}
          label={t('requestMap.ariaLabel')}
          height={320}
          testId="request-map"
          fallback={home ? <HeatMapSvg name={home.name} polygons={home.polygons} points={[shown]} resolution={8} /> : null}
        />
        <Text size="xs" c="dimmed" data-testid="request-place-precision" data-exact={request.location ? 'true' : 'false'}>
          {request.location ? t('requestMap.exact') : t('requestMap.approximate')}
        </Text>
        {open && (
          <Text size="xs" c="dimmed" data-testid="request-place-candidates">
            {rows.length ? t('requestMap.candidates', { count: rows.length }) : t('requestMap.noCandidates')}
          </Text>
        )}
        {rows.length > 0 && (
          <MapDataTable
            caption={t('requestMap.tableCaption')}
            testId="request-place-table"
            rowTestId="request-place-candidate"
            columns={[t('requestMap.volunteer'), t('requestMap.quartier'), t('requestMap.distance')]}
            rows={rows.map((row) => ({
              key: row.volunteer.id,
              cells: [row.volunteer.displayName, row.volunteer.neighbourhood?.name ?? t('requestMap.unknownQuartier'), format.distance(row.distanceMeters)],
            }))}
          />
        )}
      </Stack>
    </Paper>
  );
}
