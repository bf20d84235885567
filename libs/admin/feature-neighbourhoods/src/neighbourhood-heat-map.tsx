import { Text } from '@mantine/core';
import type { MapArea } from '@relais/admin-feature-maps';
import { GeoMap, MapDataTable } from '@relais/admin-feature-maps';
import type { LatLng, PolygonCoordinates } from '@relais/domain-geo';
import { ringAreaM2 } from '@relais/domain-geo';
import { getHexagonAreaAvg, UNITS } from 'h3-js';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HeatMapSvg } from './heat-map-svg';
import { binByCell, cellRing, heatOpacity, heatResolutionFor, quartierCells } from './heat-cells';

export interface NeighbourhoodHeatMapProps {
  id: string;
  name: string;
  polygons: PolygonCoordinates[];
  /** Where the requests are; each is counted in its H3 cell. */
  points: readonly LatLng[];
  /** Whether every point is an exact place (the viewer organises the quartier): finer cells then. */
  exact: boolean;
}

const HEAT = '#e03131';
const EMPTY_CELL = '#adb5bd';

/** A quartier cut into H3 cells that fit it, darker where more requests wait, over the streets. */
export function NeighbourhoodHeatMap({ id, name, polygons, points, exact }: NeighbourhoodHeatMapProps) {
  const { t, i18n } = useTranslation();
  const area = useMemo(() => polygons.reduce((sum, polygon) => sum + ringAreaM2(polygon[0] ?? []), 0), [polygons]);
  const resolution = heatResolutionFor(area, exact);
  const counted = useMemo(() => binByCell(points, resolution), [points, resolution]);
  const areas = useMemo((): MapArea[] => {
    const counts = new Map(counted.map((cell) => [cell.id, cell.count]));
    const max = counted[0]?.count ?? 0;
    const grid = new Set([...quartierCells(polygons, resolution), ...counts.keys()]);
    const cells = [...grid].map((cell): MapArea => {
      const count = counts.get(cell) ?? 0;
      return {
        id: cell,
        name: cell,
        polygons: [[cellRing(cell)]],
        fill: count ? HEAT : '#ffffff',
        fillOpacity: count ? heatOpacity(count, max) : 0.05,
        line: count ? HEAT : EMPTY_CELL,
        lineWidth: 0.5,
      };
    });
    return [...cells, { id, name, polygons, fill: '#ffffff', fillOpacity: 0, line: '#087f5b', lineWidth: 3 }];
  }, [counted, polygons, resolution, id, name]);
  const cellArea = new Intl.NumberFormat(i18n.language, { maximumSignificantDigits: 2 }).format(getHexagonAreaAvg(resolution, UNITS.km2));

  return (
    <>
      <GeoMap
        areas={areas}
        frameIds={[id]}
        label={t('heatMap.ariaLabel', { name })}
        height={360}
        testId="heat-map"
        fallback={<HeatMapSvg name={name} polygons={polygons} points={points} resolution={resolution} />}
      />
      <Text size="xs" c="dimmed" data-testid="heat-legend" data-resolution={resolution}>
        {t('heatMap.cellArea', { area: `${cellArea}\u00a0km²` })}
      </Text>
      <MapDataTable
        caption={t('heatMap.tableCaption')}
        testId="heat-table"
        rowTestId="heat-cell"
        columns={[t('heatMap.zone'), t('heatMap.requests')]}
        rows={counted.map((cell, index) => ({ key: cell.id, cells: [t('heatMap.zoneName', { index: index + 1 }), cell.count] }))}
      />
    </>
  );
}
