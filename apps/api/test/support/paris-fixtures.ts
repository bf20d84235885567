import type { AreaGeometry } from '@relais/domain-geo';
import { NeighbourhoodsService, importFeatureCollection } from '@relais/server-neighbourhoods';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TestApp } from './test-app';

export interface QuartierFeature {
  properties: { name: string; code: string; city: string; arrondissement: number };
  geometry: AreaGeometry;
}

export const PARIS_FILE = path.join(__dirname, '../../../../data/neighbourhoods/paris-quartiers.geojson');

export function parisFeatures(): QuartierFeature[] {
  return (JSON.parse(readFileSync(PARIS_FILE, 'utf8')) as { features: QuartierFeature[] }).features;
}

/** Imports Paris's quartiers (all, or those of some arrondissements) through the real service. */
export async function importParis(test: TestApp, arrondissements?: number[]): Promise<void> {
  const features = parisFeatures().filter((f) => !arrondissements || arrondissements.includes(f.properties.arrondissement));
  const result = await importFeatureCollection(test.app.get(NeighbourhoodsService), { features });
  if (result.failed.length) throw new Error(JSON.stringify(result.failed));
}

/** Imported neighbourhoods' ids by name, through the API. */
export async function neighbourhoodIdsByName(test: TestApp): Promise<Record<string, string>> {
  const data = await test.api.ok<{ neighbourhoods: { id: string; name: string }[] }>(`{ neighbourhoods { id name } }`);
  return Object.fromEntries(data.neighbourhoods.map((n) => [n.name, n.id]));
}
