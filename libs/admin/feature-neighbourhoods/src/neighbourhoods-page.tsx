import { useQuery } from '@apollo/client';
import { Center, Grid, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { NeighbourhoodsDocument } from '@relais/admin-data-access';
import { QueryError } from '@relais/admin-ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseBoundary } from './boundary';
import { layoutMap } from './map-layout';
import { NeighbourhoodDetails } from './neighbourhood-details';
import { NeighbourhoodMap } from './neighbourhood-map';

const MAP_SIZE = { width: 1000, padding: 12, minHeight: 400, maxHeight: 1000 };

export function NeighbourhoodsPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(NeighbourhoodsDocument);
  const [city, setCity] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const neighbourhoods = useMemo(
    () => (data?.neighbourhoods ?? []).map((n) => ({ ...n, polygons: parseBoundary(n.boundary) })),
    [data],
  );
  const cities = useMemo(
    () => [...new Set(neighbourhoods.map((n) => n.city))].sort((a, b) => a.localeCompare(b)),
    [neighbourhoods],
  );
  const shown = useMemo(
    () => (city ? neighbourhoods.filter((n) => n.city === city) : neighbourhoods),
    [neighbourhoods, city],
  );
  const layout = useMemo(() => layoutMap(shown, MAP_SIZE), [shown]);
  const selected = shown.find((n) => n.id === selectedId) ?? null;

  if (error) {
    return (
      <QueryError error={error} onRetry={() => refetch()} title={t('map.loadFailed')} testId="map-error" />
    );
  }
  if (loading && !data) {
    return (
      <Center h={300}>
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('map.title')}</Title>
          <Text c="dimmed" data-testid="map-count">
            {t('map.count', { count: shown.length })}
          </Text>
        </div>
        {cities.length > 1 && (
          <Select
            label={t('map.city')}
            placeholder={t('map.allCities')}
            data={cities}
            value={city}
            onChange={setCity}
            clearable
            data-testid="map-city-filter"
            w={240}
          />
        )}
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <NeighbourhoodMap
            shapes={layout.shapes}
            width={layout.width}
            height={layout.height}
            selectedId={selected?.id ?? null}
            onSelect={setSelectedId}
            label={t('map.ariaLabel')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <NeighbourhoodDetails neighbourhood={selected} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
