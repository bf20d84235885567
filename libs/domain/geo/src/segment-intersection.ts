import type { Position, Ring } from './geojson-geometry';

interface Segment {
  a: Position;
  b: Position;
}

/**
 * True when two edges of a polygon's rings cross or run along each other (edges that merely
 * share a vertex do not count). A sort-and-sweep on x keeps it near O(n log n) for real boundaries, whose
 * edges are short.
 */
export function ringsIntersectThemselves(rings: Ring[]): boolean {
  const segments: Segment[] = [];
  rings.forEach((ring) => {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i] as Position;
      const b = ring[i + 1] as Position;
      if (a[0] === b[0] && a[1] === b[1]) continue;
      segments.push({ a, b });
    }
  });
  segments.sort((s, t) => minX(s) - minX(t));
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as Segment;
    const sMaxX = Math.max(s.a[0], s.b[0]);
    for (let j = i + 1; j < segments.length; j++) {
      const t = segments[j] as Segment;
      if (minX(t) > sMaxX) break;
      if (sharesEndpoint(s, t) ? overlapsBeyondEndpoint(s, t) : segmentsIntersect(s.a, s.b, t.a, t.b)) return true;
    }
  }
  return false;
}

function minX(s: Segment): number {
  return Math.min(s.a[0], s.b[0]);
}

const same = (p: Position, q: Position): boolean => p[0] === q[0] && p[1] === q[1];

function sharesEndpoint(s: Segment, t: Segment): boolean {
  return same(s.a, t.a) || same(s.a, t.b) || same(s.b, t.a) || same(s.b, t.b);
}

/**
 * Consecutive edges (and edges of a ring that touches itself at a vertex) meet at an endpoint;
 * that is fine unless they run back along each other.
 */
function overlapsBeyondEndpoint(s: Segment, t: Segment): boolean {
  const [shared, sOther] = same(s.a, t.a) || same(s.a, t.b) ? [s.a, s.b] : [s.b, s.a];
  const tOther = same(t.a, shared) ? t.b : t.a;
  if (orientation(shared, sOther, tOther) !== 0) return false;
  return onSegment(shared, tOther, sOther) || onSegment(shared, sOther, tOther);
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
