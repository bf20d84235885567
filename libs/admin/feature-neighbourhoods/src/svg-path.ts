import type { PolygonCoordinates } from '@relais/domain-geo';
import type { Project } from './projection';

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * SVG path data with one closed subpath per ring. Draw it with fill-rule="evenodd": holes
 * then show whichever way the rings wind (Paris's data winds clockwise, against GeoJSON's rule).
 */
export function svgPathData(polygons: readonly PolygonCoordinates[], project: Project): string {
  const parts: string[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const points = ring.map((position) => project(position).map(round).join(' '));
      if (points.length < 3) continue;
      parts.push(`M${points.join('L')}Z`);
    }
  }
  return parts.join('');
}
