import type { StyleSpecification } from 'maplibre-gl';

/** No basemap: a plain background under the quartiers, which need no tile, sprite or font. */
export const PLAIN_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f1f3f5' } }],
};

/** A style that takes longer than this is treated as unreachable: the plain map shows at once. */
const STYLE_TIMEOUT_MS = 6000;

/**
 * The basemap's style, or the plain one when there is none or it cannot be had (no network, an
 * air-gapped installation, a tile server down): the person sees the quartiers either way.
 */
export async function loadStyle(url: string | null): Promise<{ style: StyleSpecification | string; basemap: boolean }> {
  if (!url) return { style: PLAIN_STYLE, basemap: false };
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(STYLE_TIMEOUT_MS), credentials: 'omit' });
    if (!response.ok) throw new Error(`style answered ${response.status}`);
    const style = (await response.json()) as StyleSpecification;
    if (style?.version !== 8 || !Array.isArray(style.layers)) throw new Error('not a MapLibre style');
    return { style, basemap: true };
  } catch {
    return { style: PLAIN_STYLE, basemap: false };
  }
}
