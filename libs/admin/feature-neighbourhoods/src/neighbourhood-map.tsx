import type { KeyboardEvent } from 'react';
import { useState } from 'react';

export interface MapShape {
  id: string;
  name: string;
  /** SVG path data in the map's viewBox. */
  d: string;
}

export interface NeighbourhoodMapProps {
  shapes: readonly MapShape[];
  width: number;
  height: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
  label: string;
  /** Each quartier's colours, as the MapLibre map draws them; the plain teal look otherwise. */
  styles?: ReadonlyMap<string, ShapeStyle>;
}

export interface ShapeStyle {
  fill: string;
  fillOpacity: number;
  line: string;
  lineWidth: number;
}

function fillFor(selected: boolean, hovered: boolean, style: ShapeStyle | undefined): string {
  if (selected) return 'var(--mantine-color-teal-5)';
  if (hovered) return 'var(--mantine-color-teal-2)';
  return style && style.fillOpacity > 0 ? style.fill : 'var(--mantine-color-gray-1)';
}

/** The neighbourhoods as one SVG: no tile server is reachable, and the boundaries say enough. */
export function NeighbourhoodMap({ shapes, width, height, selectedId, onSelect, label, styles }: NeighbourhoodMapProps) {
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const onKeyDown = (event: KeyboardEvent, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(id);
    }
  };
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={label}
      data-testid="neighbourhood-map"
      style={{ width: '100%', height: 'auto', maxHeight: '78vh', display: 'block' }}
    >
      {shapes.map((shape) => {
        const selected = shape.id === selectedId;
        const style = styles?.get(shape.id);
        return (
          <path
            key={shape.id}
            d={shape.d}
            data-testid="map-neighbourhood"
            data-name={shape.name}
            data-selected={selected ? 'true' : undefined}
            role="button"
            tabIndex={0}
            aria-label={shape.name}
            aria-pressed={selected}
            fill={fillFor(selected, shape.id === hoveredId, style)}
            fillRule="evenodd"
            stroke={style?.line ?? 'var(--mantine-color-teal-8)'}
            strokeWidth={style?.lineWidth ?? 1}
            strokeLinejoin="round"
            vectorEffect="non-scaling-stroke"
            style={{ cursor: 'pointer', outline: 'none', transition: 'fill 120ms' }}
            onMouseEnter={() => setHoveredId(shape.id)}
            onMouseLeave={() => setHoveredId((current) => (current === shape.id ? null : current))}
            onFocus={() => setHoveredId(shape.id)}
            onBlur={() => setHoveredId((current) => (current === shape.id ? null : current))}
            onClick={() => onSelect(shape.id)}
            onKeyDown={(event) => onKeyDown(event, shape.id)}
          >
            <title>{shape.name}</title>
          </path>
        );
      })}
    </svg>
  );
}
