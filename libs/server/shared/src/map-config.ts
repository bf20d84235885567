/** The basemap and the address search: where the maps' streets and the picker's addresses come from. */
export interface MapConfig {
  /** A MapLibre style (JSON) URL; null draws the quartiers on a plain background. */
  styleUrl: string | null;
  geocoder: GeocoderConfig;
}

export type GeocoderKind = 'ban' | 'nominatim' | 'off';

export interface GeocoderConfig {
  kind: GeocoderKind;
  /** The service's base URL; null when off. */
  url: string | null;
}

/** OpenFreeMap's OpenStreetMap style: free, no key, tiles and fonts from one origin. */
export const DEFAULT_MAP_STYLE_URL = 'https://tiles.openfreemap.org/styles/liberty';
/** The French national address API (Base Adresse Nationale). */
export const BAN_URL = 'https://api-adresse.data.gouv.fr';

type Env = Record<string, string | undefined>;

function httpUrl(value: string, name: string, problems: string[]): string | null {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href.replace(/\/+$/, '');
    problems.push(`${name} must start with https:// or http:// (got "${url.protocol}//")`);
  } catch {
    problems.push(`${name} is not a valid URL`);
  }
  return null;
}

function parseStyleUrl(value: string | undefined, problems: string[]): string | null {
  if (value === undefined) return DEFAULT_MAP_STYLE_URL;
  const text = value.trim();
  if (text === '' || text.toLowerCase() === 'none') return null;
  return httpUrl(text, 'MAP_STYLE_URL', problems);
}

function parseGeocoder(env: Env, problems: string[]): GeocoderConfig {
  const kind = (env['GEOCODER'] ?? 'ban').trim().toLowerCase() || 'ban';
  if (kind === 'off') return { kind: 'off', url: null };
  if (kind === 'ban') return { kind: 'ban', url: env['BAN_URL'] ? httpUrl(env['BAN_URL'], 'BAN_URL', problems) : BAN_URL };
  if (kind === 'nominatim') {
    const url = env['NOMINATIM_URL'] ? httpUrl(env['NOMINATIM_URL'], 'NOMINATIM_URL', problems) : null;
    if (!env['NOMINATIM_URL']) problems.push('GEOCODER=nominatim needs NOMINATIM_URL, the Nominatim server to ask');
    return { kind: 'nominatim', url };
  }
  problems.push(`GEOCODER must be ban, nominatim or off (got "${env['GEOCODER']}")`);
  return { kind: 'off', url: null };
}

/** MAP_STYLE_URL ('' or none: no basemap), GEOCODER (ban, nominatim with NOMINATIM_URL, off). */
export function parseMapConfig(env: Env, problems: string[]): MapConfig {
  return { styleUrl: parseStyleUrl(env['MAP_STYLE_URL'], problems), geocoder: parseGeocoder(env, problems) };
}

/** What the browser must be allowed to fetch for the basemap: its style's origin, nothing else. */
export function mapOrigins(config: Pick<MapConfig, 'styleUrl'>): string[] {
  return config.styleUrl ? [new URL(config.styleUrl).origin] : [];
}

/** No basemap and no address search: tests and installations that ask for nothing outside. */
export const OFFLINE_MAPS: MapConfig = { styleUrl: null, geocoder: { kind: 'off', url: null } };
