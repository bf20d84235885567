import type { LatLng, PolygonCoordinates } from '@relais/domain-geo';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { binByCell, heatOpacity } from './heat-cells';
import { layoutMap } from './map-layout';

export interface HeatMapSvgProps {
  name: string;
  polygons: PolygonCoordinates[];
  /** Where the requests are; each is counted in its H3 cell. */
  points: readonly LatLng[];
  resolution: number;
}

const LAYOUT = { width: 480, padding: 8, minHeight: 220, maxHeight: 480 };

/** Where WebGL is missing: the quartier with its requests as H3 hexagons, drawn in SVG. */
export function HeatMapSvg({ name, polygons, points, resolution }: HeatMapSvgProps) {
  const { t } = useTranslation();
  const cells = useMemo(() => binByCell(points, resolution), [points, resolution]);
  // Cells can reach past the boundary: fitting both keeps every hexagon whole on the map.
  const layout = useMemo(
    () => layoutMap([{ id: 'quartier', name, polygons }, ...cells.map((cell) => ({ id: cell.id, name: cell.id, polygons: [[cell.ring]] }))], LAYOUT),
    [name, polygons, cells],
  );
  const max = cells[0]?.count ?? 0;
  const [boundary, ...hexagons] = layout.shapes;
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={t('heat.ariaLabel', { name, count: points.length })}
      data-testid="heat-map"
      data-cells={cells.length}
      style={{ width: '100%', height: 'auto', display: 'block' }}
    >
      {boundary && <path d={boundary.d} fill="var(--mantine-color-gray-0)" fillRule="evenodd" />}
      {hexagons.map((shape, index) => {
        const count = cells[index]?.count ?? 0;
        return (
          <path
            key={shape.id}
            d={shape.d}
            data-testid="heat-cell"
            data-count={count}
            fill="var(--mantine-color-red-6)"
            fillOpacity={heatOpacity(count, max)}
            stroke="var(--mantine-color-red-8)"
            strokeOpacity={0.5}
            vectorEffect="non-scaling-stroke"
          >
            <title>{t('heat.cell', { count })}</title>
          </path>
        );
      })}
      {/* The outline goes over the hexagons, so the quartier's edge stays readable. */}
      {boundary && (
        <path d={boundary.d} fill="none" stroke="var(--mantine-color-teal-8)" strokeWidth={2} vectorEffect="non-scaling-stroke" pointerEvents="none" />
      )}
    </svg>
  );
}
