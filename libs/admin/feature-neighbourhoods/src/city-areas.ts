import type { MapArea } from '@relais/admin-feature-maps';
import type { PolygonCoordinates } from '@relais/domain-geo';
import type { CityMeasure, LegendClass, QuartierFigures } from './city-measures';
import { colourOf } from './city-measures';

export interface QuartierShape {
  id: string;
  name: string;
  polygons: PolygonCoordinates[];
}

const OUTLINE = '#495057';
const OWN_OUTLINE = '#1864ab';
const SELECTED_OUTLINE = '#e8590c';

/**
 * The quartiers coloured by the measure: those with figures filled by their class, the others
 * outlined only; the viewer's own ones with a thick blue edge; the selected one in orange on top.
 */
export function cityAreas(
  quartiers: readonly QuartierShape[],
  figures: ReadonlyMap<string, QuartierFigures>,
  measure: CityMeasure,
  classes: readonly LegendClass[],
  own: ReadonlySet<string>,
  selectedId: string | null,
): MapArea[] {
  const areas = quartiers.map((q): MapArea => {
    const f = figures.get(q.id);
    const colour = f ? colourOf(f[measure], classes) : null;
    const mine = own.has(q.id);
    return {
      id: q.id,
      name: q.name,
      polygons: q.polygons,
      fill: colour ?? '#ffffff',
      fillOpacity: colour ? 0.85 : 0,
      line: mine ? OWN_OUTLINE : OUTLINE,
      lineWidth: mine ? 3 : 0.8,
    };
  });
  // Drawn last, so its edge is not hidden under a neighbour's.
  const selected = areas.findIndex((a) => a.id === selectedId);
  if (selected >= 0) {
    const [area] = areas.splice(selected, 1);
    if (area) areas.push({ ...area, line: SELECTED_OUTLINE, lineWidth: 4 });
  }
  return areas;
}
