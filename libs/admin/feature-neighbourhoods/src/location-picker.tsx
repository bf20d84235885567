import type { MapArea } from '@relais/admin-feature-maps';
import { GeoMap } from '@relais/admin-feature-maps';
import type { LatLng } from '@relais/domain-geo';
import { useMemo } from 'react';
import type { Outline } from './map-layout';
import { LocationPickerSvg } from './location-picker-svg';

export interface LocationPickerProps {
  /** The quartiers shown; the one named by highlightId stands out. */
  outlines: readonly Outline[];
  highlightId: string | null;
  value: LatLng;
  onChange: (value: LatLng) => void;
  label: string;
}

/** A map of the streets to place a point: a click or a tap puts it there, the arrow keys nudge it. */
export function LocationPicker({ outlines, highlightId, value, onChange, label }: LocationPickerProps) {
  const areas = useMemo(
    () =>
      outlines.map(
        (outline): MapArea => ({
          id: outline.id,
          name: outline.name,
          polygons: outline.polygons,
          fill: '#12b886',
          fillOpacity: outline.id === highlightId ? 0.12 : 0,
          line: outline.id === highlightId ? '#087f5b' : '#868e96',
          lineWidth: outline.id === highlightId ? 2.5 : 1,
        }),
      ),
    [outlines, highlightId],
  );
  return (
    <GeoMap
      areas={areas}
      frameIds={highlightId ? [highlightId] : undefined}
      onPick={onChange}
      marker={value}
      markerLabel={label}
      label={label}
      height="min(45vh, 380px)"
      testId="location-picker"
      fallback={<LocationPickerSvg outlines={outlines} highlightId={highlightId} value={value} onChange={onChange} label={label} />}
    />
  );
}
