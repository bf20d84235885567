import { frenchQuartierName, validateAreaGeometry } from '@relais/domain-geo';
import type { NeighbourhoodsService } from './neighbourhoods.service';

export interface ImportResult {
  created: number;
  skipped: number;
  failed: { name: string; reason: string }[];
}

interface FeatureLike {
  properties?: Record<string, unknown> | null;
  geometry?: unknown;
}

/**
 * Imports a GeoJSON FeatureCollection of neighbourhoods (properties `name`, `city`, optional
 * `code`). Names are stored in French as QUARTIER_NAME_FIXES writes them; names already present
 * in their city are skipped, so an import can be run again.
 */
export async function importFeatureCollection(
  service: NeighbourhoodsService,
  collection: unknown,
  defaultCity?: string,
): Promise<ImportResult> {
  const features = (collection as { features?: FeatureLike[] })?.features;
  if (!Array.isArray(features)) throw new Error('expected a GeoJSON FeatureCollection');
  const existing = new Set((await service.list()).map((n) => `${n.city}\u0000${n.name}`));
  const result: ImportResult = { created: 0, skipped: 0, failed: [] };
  for (const feature of features) {
    const city = String(feature.properties?.['city'] ?? defaultCity ?? '').trim();
    const name = frenchQuartierName(city, String(feature.properties?.['name'] ?? '').trim());
    const code = feature.properties?.['code'];
    if (existing.has(`${city}\u0000${name}`)) {
      result.skipped++;
      continue;
    }
    try {
      await service.create({
        name,
        city,
        code: code === undefined || code === null ? null : String(code),
        boundary: validateAreaGeometry(feature.geometry),
      });
      result.created++;
    } catch (error) {
      result.failed.push({ name: name || '(unnamed)', reason: (error as Error).message });
    }
  }
  return result;
}
