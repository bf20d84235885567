import type { LatLng, PolygonCoordinates } from '@relais/domain-geo';

/** A quartier (or a heat cell) as the map draws it: colours are plain CSS colours, not variables. */
export interface MapArea {
  id: string;
  name: string;
  polygons: PolygonCoordinates[];
  fill: string;
  /** 0 draws the outline alone. */
  fillOpacity: number;
  line: string;
  lineWidth: number;
}

export interface MapPoint extends LatLng {
  id: string;
  color: string;
  /** In pixels. */
  radius: number;
}

/** What a map shows and how it answers, whichever renderer draws it. */
export interface MapContent {
  areas: readonly MapArea[];
  points?: readonly MapPoint[];
  /** The areas (by id) the view frames; every area and point when absent. */
  frameIds?: readonly string[];
  onSelectArea?: (id: string) => void;
  onPick?: (location: LatLng) => void;
  /** A place to show and move (a home, a request): a dot the arrow keys move too. */
  marker?: LatLng | null;
  markerLabel?: string;
  /** Says what the map shows, for screen readers. */
  label: string;
}

/** [[west, south], [east, north]], as MapLibre's fitBounds takes it. */
export type LngLatBox = [[number, number], [number, number]];

interface AreaProperties {
  id: string;
  name: string;
  fill: string;
  fillOpacity: number;
  line: string;
  lineWidth: number;
}

export interface AreaCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    id: number;
    properties: AreaProperties;
    geometry: { type: 'MultiPolygon'; coordinates: PolygonCoordinates[] };
  }[];
}

export interface PointCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: { id: string; color: string; radius: number }; geometry: { type: 'Point'; coordinates: [number, number] } }[];
}

/** The areas as one GeoJSON layer, styled from each feature's own properties. */
export function areaCollection(areas: readonly MapArea[]): AreaCollection {
  return {
    type: 'FeatureCollection',
    features: areas.map(({ polygons, ...properties }, index) => ({
      type: 'Feature',
      id: index,
      properties,
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    })),
  };
}

export function pointCollection(points: readonly MapPoint[]): PointCollection {
  return {
    type: 'FeatureCollection',
    features: points.map(({ id, color, radius, lat, lng }) => ({
      type: 'Feature',
      properties: { id, color, radius },
      geometry: { type: 'Point', coordinates: [lng, lat] },
    })),
  };
}

/** The box around every outer ring and point; null when there is nothing to frame. */
export function boxAround(areas: readonly MapArea[], points: readonly LatLng[] = []): LngLatBox | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const add = (lng: number, lat: number) => {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  };
  for (const area of areas) for (const polygon of area.polygons) for (const [lng, lat] of polygon[0] ?? []) add(lng, lat);
  for (const { lat, lng } of points) add(lng, lat);
  return Number.isFinite(west) ? [[west, south], [east, north]] : null;
}
