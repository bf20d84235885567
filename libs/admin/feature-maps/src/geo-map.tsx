import { useQuery } from '@apollo/client';
import type { BoxProps } from '@mantine/core';
import { Box, Skeleton } from '@mantine/core';
import { MapSettingsDocument } from '@relais/admin-data-access';
import type { ReactNode } from 'react';
import { Component, Suspense, lazy, useState } from 'react';
import type { MapContent, MapPoint } from './map-shapes';
import { hasWebGL } from './webgl-support';

// MapLibre weighs ~200 kB gzipped: its chunk loads only where a map is shown.
const GeoMapGl = lazy(() => import('./geo-map-gl').then((module) => ({ default: module.GeoMapGl })));

export interface GeoMapProps extends MapContent {
  height: BoxProps['h'];
  /** What shows where MapLibre cannot draw (no WebGL): the hand-drawn outlines. */
  fallback: ReactNode;
  testId?: string;
}

const NO_POINTS: readonly MapPoint[] = [];

class MapFailure extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * A map of areas and points over the configured basemap. Falls back to `fallback` where WebGL is
 * missing or MapLibre fails; with no basemap or no network, it draws the same layers on a plain
 * background. Either way, nothing is said to the person: the map still shows what it must.
 */
export function GeoMap({ areas, points = NO_POINTS, frameIds, onSelectArea, onPick, marker, markerLabel, label, height, fallback, testId }: GeoMapProps) {
  const settings = useQuery(MapSettingsDocument, { fetchPolicy: 'cache-first' });
  const [failed, setFailed] = useState(false);
  const drawn = !failed && hasWebGL();
  if (!drawn) return <Box data-testid={testId} data-renderer="svg">{fallback}</Box>;
  const waiting = settings.loading && !settings.data;
  return (
    <Box
      data-testid={testId}
      data-renderer="maplibre"
      role="region"
      aria-label={label}
      pos="relative"
      h={height}
      style={{ borderRadius: 'var(--mantine-radius-sm)', overflow: 'hidden', border: '1px solid var(--mantine-color-gray-3)' }}
    >
      {waiting ? (
        <Skeleton h="100%" />
      ) : (
        <MapFailure fallback={fallback}>
          <Suspense fallback={<Skeleton h="100%" />}>
            <GeoMapGl
              styleUrl={settings.data?.mapSettings.styleUrl ?? null}
              areas={areas}
              points={points}
              frameIds={frameIds}
              onSelectArea={onSelectArea}
              onPick={onPick}
              marker={marker}
              markerLabel={markerLabel}
              label={label}
              onFailure={() => setFailed(true)}
            />
          </Suspense>
        </MapFailure>
      )}
    </Box>
  );
}
