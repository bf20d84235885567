import { Skeleton } from '@mantine/core';
import { Suspense, lazy } from 'react';
import type { OpenRequestsMapProps } from './open-requests-map';
import type { RequestPlaceMapProps } from './request-place-map';

// These maps draw H3 cells: H3's code loads with them, after the page has shown.
const OpenRequestsMapChunk = lazy(() => import('./open-requests-map').then((module) => ({ default: module.OpenRequestsMap })));
const RequestPlaceMapChunk = lazy(() => import('./request-place-map').then((module) => ({ default: module.RequestPlaceMap })));

/** The quartier's heat map of waiting requests, its place held by a block of the map's height. */
export function OpenRequestsMapOnDemand(props: OpenRequestsMapProps) {
  return (
    <Suspense fallback={<Skeleton h={420} radius="sm" />}>
      <OpenRequestsMapChunk {...props} />
    </Suspense>
  );
}

/** The request's place and its candidates' quartiers, its place held by a block of the map's height. */
export function RequestPlaceMapOnDemand(props: RequestPlaceMapProps) {
  return (
    <Suspense fallback={<Skeleton h={380} radius="sm" />}>
      <RequestPlaceMapChunk {...props} />
    </Suspense>
  );
}
