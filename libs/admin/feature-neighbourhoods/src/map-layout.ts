import type { PolygonCoordinates } from '@relais/domain-geo';
import type { MapShape } from './neighbourhood-map';
import type { LonLat, Project, Unproject } from './projection';
import { fitProjections, projectedAspectRatio } from './projection';
import { svgPathData } from './svg-path';

export interface Outline {
  id: string;
  name: string;
  polygons: PolygonCoordinates[];
}

export interface MapLayout {
  width: number;
  height: number;
  shapes: MapShape[];
  /** Where a position lands on the map, for markers drawn over the shapes. */
  project: Project;
  /** The position under a point of the map, for clicks. */
  invert: Unproject;
}

export interface MapLayoutOptions {
  width: number;
  padding: number;
  /** Keeps a tall city, or a single thin quartier, from making a map taller than wide. */
  minHeight: number;
  maxHeight: number;
}

function* outerRingPositions(outlines: readonly Outline[]): Generator<LonLat> {
  for (const outline of outlines) {
    for (const polygon of outline.polygons) yield* polygon[0] ?? [];
  }
}

/** Fits every outline, together, into a box as tall as their shape needs: the shapes the map draws. */
export function layoutMap(outlines: readonly Outline[], options: MapLayoutOptions): MapLayout {
  const { width, padding, minHeight, maxHeight } = options;
  const ratio = projectedAspectRatio(outerRingPositions(outlines));
  const fitted = ratio > 0 ? (width - 2 * padding) / ratio + 2 * padding : maxHeight;
  const height = Math.round(Math.min(maxHeight, Math.max(minHeight, fitted)));
  const { project, invert } = fitProjections(outerRingPositions(outlines), { width, height, padding });
  return {
    width,
    height,
    shapes: outlines.map(({ id, name, polygons }) => ({ id, name, d: svgPathData(polygons, project) })),
    project,
    invert,
  };
}
