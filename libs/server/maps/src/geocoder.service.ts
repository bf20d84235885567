import { Inject, Injectable } from '@nestjs/common';
import { polygonsOf } from '@relais/domain-geo';
import { NeighbourhoodsService } from '@relais/server-neighbourhoods';
import type { MapConfig } from '@relais/server-shared';
import type { AddressMatch, Bounds } from './geocoder-answers';
import { boundsOf, isInside, parseBanAnswer, parseNominatimAnswer } from './geocoder-answers';
import { MAP_CONFIG } from './map-config.token';

export type GeocodeOutcome = { status: 'OK'; matches: AddressMatch[] } | { status: 'OFF' | 'UNAVAILABLE'; matches: [] };

/** A resident waits for this at most; an address search that takes longer is as good as down. */
const TIMEOUT_MS = 3000;
/** Answers past this size are not an address list: nothing is read beyond it. */
const MAX_BODY_BYTES = 256 * 1024;
const MAX_MATCHES = 5;
/** Asked for more than shown: some fall outside the city and are dropped. */
const ASKED = 10;
const BOUNDS_TTL_MS = 10 * 60_000;

/**
 * Address search through the API, so that residents' addresses and IPs reach one configured
 * service from the server only, and the page's CSP needs no third party. Matches outside the
 * box of the city's quartiers are dropped: a place is only useful where Relais works.
 */
@Injectable()
export class GeocoderService {
  private bounds: { value: Bounds | null; at: number } | null = null;

  constructor(
    @Inject(MAP_CONFIG) private readonly config: MapConfig,
    private readonly neighbourhoods: NeighbourhoodsService,
  ) {}

  async search(text: string): Promise<GeocodeOutcome> {
    const { kind, url } = this.config.geocoder;
    if (kind === 'off' || !url) return { status: 'OFF', matches: [] };
    const bounds = await this.cityBounds();
    try {
      const found = kind === 'ban' ? parseBanAnswer(await this.get(banUrl(url, text, bounds))) : parseNominatimAnswer(await this.get(nominatimUrl(url, text, bounds)));
      const inside = bounds ? found.filter((match) => isInside(match.location, bounds)) : found;
      return { status: 'OK', matches: inside.slice(0, MAX_MATCHES) };
    } catch {
      return { status: 'UNAVAILABLE', matches: [] };
    }
  }

  private async get(url: URL): Promise<unknown> {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: { accept: 'application/json', 'user-agent': 'Relais (mutual aid; address search)' },
      redirect: 'error',
    });
    if (!response.ok || !response.body) throw new Error(`geocoder answered ${response.status}`);
    return JSON.parse(await readCapped(response.body, MAX_BODY_BYTES));
  }

  private async cityBounds(): Promise<Bounds | null> {
    if (this.bounds && Date.now() - this.bounds.at < BOUNDS_TTL_MS) return this.bounds.value;
    const all = await this.neighbourhoods.list();
    const value = boundsOf(all.flatMap((n) => polygonsOf(n.boundary).flatMap((polygon) => polygon[0] ?? [])));
    this.bounds = { value, at: Date.now() };
    return value;
  }
}

function banUrl(base: string, text: string, bounds: Bounds | null): URL {
  const url = new URL(`${base}/search/`);
  url.searchParams.set('q', text);
  url.searchParams.set('limit', String(ASKED));
  if (bounds) {
    // BAN has no box filter: it favours what is near this point, and the box is applied here.
    url.searchParams.set('lat', ((bounds.south + bounds.north) / 2).toFixed(5));
    url.searchParams.set('lon', ((bounds.west + bounds.east) / 2).toFixed(5));
  }
  return url;
}

function nominatimUrl(base: string, text: string, bounds: Bounds | null): URL {
  const url = new URL(`${base}/search`);
  url.searchParams.set('q', text);
  url.searchParams.set('format', 'jsonv2');
  url.searchParams.set('limit', String(ASKED));
  if (bounds) {
    url.searchParams.set('viewbox', [bounds.west, bounds.north, bounds.east, bounds.south].join(','));
    url.searchParams.set('bounded', '1');
  }
  return url;
}

async function readCapped(body: ReadableStream<Uint8Array>, limit: number): Promise<string> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error('geocoder answer too large');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
