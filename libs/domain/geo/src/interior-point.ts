import type { AreaGeometry, LatLng, PolygonCoordinates, Position, Ring } from './geojson-geometry';
import { polygonsOf } from './geojson-geometry';

/** Even-odd rule, so ring winding does not matter (the Paris file winds clockwise). */
export function ringContains(ring: Ring, lng: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function polygonContains(polygon: PolygonCoordinates, lng: number, lat: number): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || !ringContains(outer, lng, lat)) return false;
  return !holes.some((hole) => ringContains(hole, lng, lat));
}

export function areaContains(geometry: AreaGeometry, point: LatLng): boolean {
  return polygonsOf(geometry).some((polygon) => polygonContains(polygon, point.lng, point.lat));
}

export interface BoundingBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

export function boundingBox(geometry: AreaGeometry): BoundingBox {
  const box = { minLng: Infinity, minLat: Infinity, maxLng: -Infinity, maxLat: -Infinity };
  for (const polygon of polygonsOf(geometry)) {
    for (const [lng, lat] of polygon[0] ?? []) {
      box.minLng = Math.min(box.minLng, lng);
      box.maxLng = Math.max(box.maxLng, lng);
      box.minLat = Math.min(box.minLat, lat);
      box.maxLat = Math.max(box.maxLat, lat);
    }
  }
  return box;
}

/**
 * A point well inside the area: of a grid over its bounding box, the inside point farthest from
 * every edge (a coarse pole of inaccessibility). Unlike a centroid, it is inside even for a
 * crescent-shaped quartier.
 */
export function interiorPoint(geometry: AreaGeometry, gridSize = 24): LatLng {
  const box = boundingBox(geometry);
  let best: LatLng | undefined;
  let bestDistance = -1;
  for (let i = 0; i <= gridSize; i++) {
    for (let j = 0; j <= gridSize; j++) {
      const lng = box.minLng + ((box.maxLng - box.minLng) * (i + 0.5)) / (gridSize + 1);
      const lat = box.minLat + ((box.maxLat - box.minLat) * (j + 0.5)) / (gridSize + 1);
      if (!areaContains(geometry, { lat, lng })) continue;
      const distance = distanceToEdges(geometry, lng, lat);
      if (distance > bestDistance) {
        bestDistance = distance;
        best = { lat, lng };
      }
    }
  }
  if (best) return best;
  const [lng, lat] = polygonsOf(geometry)[0]?.[0]?.[0] ?? [0, 0];
  return { lat, lng };
}

function distanceToEdges(geometry: AreaGeometry, lng: number, lat: number): number {
  // Degrees of longitude shrink with latitude; scaling x keeps distances comparable.
  const kx = Math.cos((lat * Math.PI) / 180);
  let min = Infinity;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [ax, ay] = ring[i] as Position;
        const [bx, by] = ring[i + 1] as Position;
        min = Math.min(min, pointSegmentDistance(lng * kx, lat, ax * kx, ay, bx * kx, by));
      }
    }
  }
  return min;
}

function pointSegmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** A uniformly random point of the area, by rejection from its bounding box. */
export function randomPointIn(geometry: AreaGeometry, random: () => number): LatLng {
  const box = boundingBox(geometry);
  for (let attempt = 0; attempt < 1000; attempt++) {
    const point = {
      lng: box.minLng + random() * (box.maxLng - box.minLng),
      lat: box.minLat + random() * (box.maxLat - box.minLat),
    };
    if (areaContains(geometry, point)) return point;
  }
  return interiorPoint(geometry);
}
