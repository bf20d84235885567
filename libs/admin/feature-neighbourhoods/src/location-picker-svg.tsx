import type { LatLng } from '@relais/domain-geo';
import type { KeyboardEvent, MouseEvent } from 'react';
import { useMemo } from 'react';
import type { Outline } from './map-layout';
import { layoutMap } from './map-layout';

export interface LocationPickerSvgProps {
  /** The quartiers shown; the one named by highlightId stands out. */
  outlines: readonly Outline[];
  highlightId: string | null;
  value: LatLng;
  onChange: (value: LatLng) => void;
  label: string;
}

const LAYOUT = { width: 600, padding: 8, minHeight: 240, maxHeight: 420 };
/** How far an arrow key moves the marker, in viewBox units (a few dozen metres on a quartier). */
const KEY_STEP = 6;
const KEY_MOVES: Record<string, [number, number]> = {
  ArrowLeft: [-KEY_STEP, 0],
  ArrowRight: [KEY_STEP, 0],
  ArrowUp: [0, -KEY_STEP],
  ArrowDown: [0, KEY_STEP],
};

/** Where WebGL is missing: a small SVG map to place a point with a click (or the arrow keys). */
export function LocationPickerSvg({ outlines, highlightId, value, onChange, label }: LocationPickerSvgProps) {
  const layout = useMemo(() => layoutMap(outlines, LAYOUT), [outlines]);
  const [x, y] = layout.project([value.lng, value.lat]);

  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const matrix = event.currentTarget.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const [lng, lat] = layout.invert([point.x, point.y]);
    onChange({ lat, lng });
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const move = KEY_MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const [lng, lat] = layout.invert([x + move[0], y + move[1]]);
    onChange({ lat, lng });
  };

  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="application"
      aria-label={label}
      tabIndex={0}
      onClick={onClick}
      onKeyDown={onKeyDown}
      style={{ width: '100%', height: 'auto', maxHeight: '45vh', display: 'block', cursor: 'crosshair', touchAction: 'manipulation' }}
    >
      {layout.shapes.map((shape) => {
        const home = shape.id === highlightId;
        return (
          <path
            key={shape.id}
            d={shape.d}
            fill={home ? 'var(--mantine-color-teal-1)' : 'var(--mantine-color-gray-0)'}
            fillRule="evenodd"
            stroke={home ? 'var(--mantine-color-teal-8)' : 'var(--mantine-color-gray-5)'}
            strokeWidth={home ? 2 : 1}
            vectorEffect="non-scaling-stroke"
          >
            <title>{shape.name}</title>
          </path>
        );
      })}
      <g data-testid="location-marker" data-lat={value.lat.toFixed(6)} data-lng={value.lng.toFixed(6)} pointerEvents="none">
        <circle cx={x} cy={y} r={14} fill="var(--mantine-color-red-6)" fillOpacity={0.2} />
        <circle cx={x} cy={y} r={6} fill="var(--mantine-color-red-7)" stroke="white" strokeWidth={2} />
      </g>
    </svg>
  );
}
