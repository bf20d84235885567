import type { Position, Ring } from './geojson-geometry';

interface Segment {
  a: Position;
  b: Position;
  ring: number;
  index: number;
}

/**
 * True when two edges of a polygon's rings cross (edges of one ring that merely share a vertex
 * do not count). A sort-and-sweep on x keeps it near O(n log n) for real boundaries, whose
 * edges are short.
 */
export function ringsIntersectThemselves(rings: Ring[]): boolean {
  const segments: Segment[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i] as Position;
      const b = ring[i + 1] as Position;
      if (a[0] === b[0] && a[1] === b[1]) continue;
      segments.push({ a, b, ring: r, index: i });
    }
  });
  segments.sort((s, t) => minX(s) - minX(t));
  const ringLengths = rings.map((ring) => ring.length - 1);
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as Segment;
    const sMaxX = Math.max(s.a[0], s.b[0]);
    for (let j = i + 1; j < segments.length; j++) {
      const t = segments[j] as Segment;
      if (minX(t) > sMaxX) break;
      if (areNeighbours(s, t, ringLengths)) continue;
      if (segmentsIntersect(s.a, s.b, t.a, t.b)) return true;
    }
  }
  return false;
}

function minX(s: Segment): number {
  return Math.min(s.a[0], s.b[0]);
}

function areNeighbours(s: Segment, t: Segment, ringLengths: number[]): boolean {
  if (s.ring !== t.ring) return false;
  const n = ringLengths[s.ring] as number;
  const d = Math.abs(s.index - t.index);
  return d === 1 || d === n - 1;
}

function orientation(p: Position, q: Position, r: Position): number {
  const value = (q[1] - p[1]) * (r[0] - q[0]) - (q[0] - p[0]) * (r[1] - q[1]);
  return value === 0 ? 0 : value > 0 ? 1 : -1;
}

function onSegment(p: Position, q: Position, r: Position): boolean {
  return (
    Math.min(p[0], r[0]) <= q[0] &&
    q[0] <= Math.max(p[0], r[0]) &&
    Math.min(p[1], r[1]) <= q[1] &&
    q[1] <= Math.max(p[1], r[1])
  );
}

export function segmentsIntersect(p1: Position, q1: Position, p2: Position, q2: Position): boolean {
  const o1 = orientation(p1, q1, p2);
  const o2 = orientation(p1, q1, q2);
  const o3 = orientation(p2, q2, p1);
  const o4 = orientation(p2, q2, q1);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(p1, p2, q1)) ||
    (o2 === 0 && onSegment(p1, q2, q1)) ||
    (o3 === 0 && onSegment(p2, p1, q2)) ||
    (o4 === 0 && onSegment(p2, q1, q2))
  );
}
