/** A GeoJSON position: [longitude, latitude] in degrees. */
export type LonLat = readonly [number, number];

/** An SVG point: x to the right, y downwards. */
export type Point = [number, number];

export interface FitBox {
  width: number;
  height: number;
  /** Left empty on every side, in viewBox units. */
  padding?: number;
}

export type Project = (position: LonLat) => Point;

/** The way back: a point of the box to the position it shows. */
export type Unproject = (point: readonly [number, number]) => [number, number];

export interface Projections {
  project: Project;
  invert: Unproject;
}

const DEGREES = Math.PI / 180;

interface Extent {
  minLon: number;
  maxLon: number;
  minLat: number;
  maxLat: number;
}

function extent(positions: Iterable<LonLat>): Extent {
  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const [lon, lat] of positions) {
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  }
  return { minLon, maxLon, minLat, maxLat };
}

/** Width over height of the positions once projected as fitProjection does; 0 when that has no meaning. */
export function projectedAspectRatio(positions: Iterable<LonLat>): number {
  const { minLon, maxLon, minLat, maxLat } = extent(positions);
  const spanY = maxLat - minLat;
  if (!(spanY > 0) || !Number.isFinite(maxLon - minLon)) return 0;
  return ((maxLon - minLon) * Math.cos(((minLat + maxLat) / 2) * DEGREES)) / spanY;
}

/**
 * An equirectangular projection fitted to a box: longitudes shrink by the cosine of the
 * positions' mid latitude, so a city-sized area keeps its shape; north is up (SVG's y grows
 * downwards); the area is scaled to fill the box less its padding, keeping its aspect, and
 * centred. Good for a city, not for a continent.
 */
export function fitProjection(positions: Iterable<LonLat>, box: FitBox): Project {
  return fitProjections(positions, box).project;
}

/** fitProjection and its inverse, which turns a click on the map back into a position. */
export function fitProjections(positions: Iterable<LonLat>, box: FitBox): Projections {
  const { minLon, maxLon, minLat, maxLat } = extent(positions);
  const padding = box.padding ?? 0;
  const innerWidth = Math.max(box.width - 2 * padding, 0);
  const innerHeight = Math.max(box.height - 2 * padding, 0);
  if (!Number.isFinite(minLon)) {
    // Nothing to fit: everything lands in the middle rather than at NaN, and comes back as 0, 0.
    return { project: () => [box.width / 2, box.height / 2], invert: () => [0, 0] };
  }
  const xScale = Math.cos(((minLat + maxLat) / 2) * DEGREES);
  const spanX = (maxLon - minLon) * xScale;
  const spanY = maxLat - minLat;
  const scales = [spanX > 0 ? innerWidth / spanX : Infinity, spanY > 0 ? innerHeight / spanY : Infinity];
  const fitted = Math.min(...scales);
  // A single point or a line has no area to fit; any finite scale keeps it centred.
  const scale = Number.isFinite(fitted) ? fitted : 1;
  const offsetX = padding + (innerWidth - spanX * scale) / 2;
  const offsetY = padding + (innerHeight - spanY * scale) / 2;
  return {
    project: ([lon, lat]) => [offsetX + (lon - minLon) * xScale * scale, offsetY + (maxLat - lat) * scale],
    invert: ([x, y]) => [minLon + (x - offsetX) / (xScale * scale), maxLat - (y - offsetY) / scale],
  };
}
