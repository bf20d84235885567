import type { LatLng } from '@relais/domain-geo';
import { isValidLatLng } from '@relais/domain-geo';

export interface AddressMatch {
  label: string;
  location: LatLng;
}

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

const MAX_LABEL = 300;

function match(label: unknown, lat: unknown, lng: unknown): AddressMatch | null {
  const location = { lat: Number(lat), lng: Number(lng) };
  if (typeof label !== 'string' || !label.trim() || !isValidLatLng(location)) return null;
  return { label: label.trim().slice(0, MAX_LABEL), location };
}

/** BAN (api-adresse.data.gouv.fr): a GeoJSON FeatureCollection of points with a `label`. */
export function parseBanAnswer(body: unknown): AddressMatch[] {
  const features = (body as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return [];
  return features
    .map((feature: { geometry?: { coordinates?: unknown[] }; properties?: { label?: unknown } }) => {
      const [lng, lat] = feature?.geometry?.coordinates ?? [];
      return match(feature?.properties?.label, lat, lng);
    })
    .filter((found): found is AddressMatch => found !== null);
}

/** Nominatim's jsonv2: an array of places with `lat`, `lon` as text and a `display_name`. */
export function parseNominatimAnswer(body: unknown): AddressMatch[] {
  if (!Array.isArray(body)) return [];
  return body
    .map((place: { lat?: unknown; lon?: unknown; display_name?: unknown }) => match(place?.display_name, place?.lat, place?.lon))
    .filter((found): found is AddressMatch => found !== null);
}

export function isInside({ lat, lng }: LatLng, bounds: Bounds): boolean {
  return lat >= bounds.south && lat <= bounds.north && lng >= bounds.west && lng <= bounds.east;
}

/** The box around every position given, or null when there is none. */
export function boundsOf(positions: Iterable<readonly [number, number]>): Bounds | null {
  let bounds: Bounds | null = null;
  for (const [lng, lat] of positions) {
    bounds = bounds
      ? { south: Math.min(bounds.south, lat), west: Math.min(bounds.west, lng), north: Math.max(bounds.north, lat), east: Math.max(bounds.east, lng) }
      : { south: lat, west: lng, north: lat, east: lng };
  }
  return bounds;
}
