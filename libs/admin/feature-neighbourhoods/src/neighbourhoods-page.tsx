import { useQuery } from '@apollo/client';
import { Alert, Grid, Group, Select, Stack, Text, Title } from '@mantine/core';
import { NeighbourhoodsDocument, errorMessage } from '@relais/admin-data-access';
import { GeoMap, MapDataTable } from '@relais/admin-feature-maps';
import { PageSkeleton } from '@relais/admin-ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { parseBoundary } from './boundary';
import { cityAreas } from './city-areas';
import { CityLegend } from './city-legend';
import type { CityMeasure } from './city-measures';
import { CITY_MEASURES, PALETTES, isCityMeasure, isWholeMeasure, legendClasses } from './city-measures';
import { layoutMap } from './map-layout';
import { NeighbourhoodMap } from './neighbourhood-map';
import { neighbourhoodSelectData } from './neighbourhood-select-data';
import { QuartierFiguresPanel } from './quartier-figures-panel';
import { useCityFigures } from './use-city-figures';

export interface NeighbourhoodsPageProps {
  /** The quartiers the viewer organises: they stand out on the map. */
  ownIds?: readonly string[];
  /** Where a quartier's queue is (the queue's lib knows its address). */
  queuePath: (neighbourhoodId: string) => string;
}

const SVG_SIZE = { width: 1000, padding: 12, minHeight: 400, maxHeight: 1000 };
const MEASURE_PARAM = 'mesure';
const NO_IDS: readonly string[] = [];

/** The organiser's city: each quartier coloured by the measure picked, its figures beside the map. */
export function NeighbourhoodsPage({ ownIds = NO_IDS, queuePath }: NeighbourhoodsPageProps) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(NeighbourhoodsDocument);
  const figures = useCityFigures();
  const [params, setParams] = useSearchParams();
  const measureParam = params.get(MEASURE_PARAM);
  const measure: CityMeasure = isCityMeasure(measureParam) ? measureParam : 'openNeeds';
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const quartiers = useMemo(() => (data?.neighbourhoods ?? []).map((n) => ({ ...n, polygons: parseBoundary(n.boundary) })), [data]);
  const ownKey = ownIds.join(',');
  const own = useMemo(() => new Set(ownKey ? ownKey.split(',') : []), [ownKey]);
  const whole = isWholeMeasure(measure);
  const classes = useMemo(
    () => legendClasses([...figures.byId.values()].map((f) => f[measure]), PALETTES[measure], whole),
    [figures.byId, measure, whole],
  );
  const areas = useMemo(() => cityAreas(quartiers, figures.byId, measure, classes, own, selectedId), [quartiers, figures.byId, measure, classes, own, selectedId]);
  const svg = useMemo(() => layoutMap(quartiers, SVG_SIZE), [quartiers]);
  const svgStyles = useMemo(() => new Map(areas.map((area) => [area.id, area])), [areas]);
  const number = useMemo(() => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: whole ? 0 : 1 }), [i18n.language, whole]);
  const figureNumber = useMemo(() => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }), [i18n.language]);
  const format = (value: number | null) => (value === null ? t('cityMap.none') : figureNumber.format(value));
  const selected = quartiers.find((q) => q.id === selectedId) ?? null;
  // The view follows the quartier picked (from the list too); before that, the viewer's own.
  const frameIds = useMemo(() => (selectedId ? [selectedId] : own.size ? [...own] : undefined), [selectedId, own]);
  const multiCity = new Set(quartiers.map((q) => q.city)).size > 1;
  const selectData = useMemo(() => neighbourhoodSelectData(quartiers, multiCity), [quartiers, multiCity]);
  const withFigures = quartiers.filter((q) => figures.byId.has(q.id));

  if (error) {
    return (
      <Alert color="red" title={t('map.loadFailed')} data-testid="map-error">
        {errorMessage(error)}
      </Alert>
    );
  }
  if (loading && !data) {
    return (
      <PageSkeleton />
    );
  }
  const measureName = t(`cityMap.measures.${measure}`);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2}>{t('map.title')}</Title>
          <Text c="dimmed" data-testid="map-count">
            {t('map.count', { count: quartiers.length })}
          </Text>
        </div>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('cityMap.measure')}
            data={CITY_MEASURES.map((m) => ({ value: m, label: t(`cityMap.measures.${m}`) }))}
            value={measure}
            onChange={(value) => {
              if (!isCityMeasure(value)) return;
              const next = new URLSearchParams(params);
              next.set(MEASURE_PARAM, value);
              setParams(next, { replace: true });
            }}
            allowDeselect={false}
            data-testid="city-measure"
            w={{ base: '100%', xs: 280 }}
          />
          <Select
            label={t('cityMap.quartier')}
            placeholder={t('cityMap.quartierPlaceholder')}
            data={selectData}
            value={selectedId}
            onChange={setSelectedId}
            searchable
            clearable
            data-testid="city-quartier"
            w={{ base: '100%', xs: 260 }}
          />
        </Group>
      </Group>
      {figures.failed && (
        <Alert color="yellow" data-testid="city-figures-failed">
          {t('cityMap.figuresFailed')}
        </Alert>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <Stack gap="xs">
            <GeoMap
              areas={areas}
              onSelectArea={setSelectedId}
              frameIds={frameIds}
              label={t('cityMap.ariaLabel', { measure: measureName })}
              height={{ base: 420, md: 'min(70vh, 640px)' }}
              testId="city-map"
              fallback={
                <NeighbourhoodMap
                  shapes={svg.shapes}
                  width={svg.width}
                  height={svg.height}
                  selectedId={selectedId}
                  onSelect={setSelectedId}
                  label={t('map.ariaLabel')}
                  styles={svgStyles}
                />
              }
            />
            <CityLegend
              title={measureName}
              hint={t(`cityMap.hints.${measure}`)}
              classes={classes}
              format={(value) => number.format(value)}
              whole={whole}
              withoutFigures={quartiers.some((q) => (figures.byId.get(q.id)?.[measure] ?? null) === null)}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <QuartierFiguresPanel
            quartier={selected}
            figures={selected ? (figures.byId.get(selected.id) ?? null) : null}
            format={format}
            queuePath={queuePath}
          />
        </Grid.Col>
      </Grid>
      <MapDataTable
        caption={t('cityMap.tableCaption')}
        testId="city-table"
        rowTestId="map-neighbourhood"
        columns={[t('cityMap.tableQuartier'), ...CITY_MEASURES.map((m) => t(`cityMap.measures.${m}`)), t('cityMap.residents')]}
        rows={withFigures.map((q) => {
          const f = figures.byId.get(q.id);
          return {
            key: q.id,
            cells: [q.name, ...CITY_MEASURES.map((m) => format(f ? f[m] : null)), format(f?.residents ?? null)],
          };
        })}
      />
    </Stack>
  );
}
