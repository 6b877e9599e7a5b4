import type { Position } from './outline';

/**
 * Where a closed ring (last position = first) crosses itself, or null: the index of an edge that
 * another crosses or touches, other than neighbours meeting at their shared corner. A wijkgrens like a
 * bow tie has no inside; the map would fill it strangely and "in the wijk" would mean nothing.
 *
 * Edges are put in the cells of a grid over the ring (about one edge per cell), and only edges that
 * share a cell are compared: near-linear for the outlines of wijken and buurten, which have thousands
 * of short edges, where comparing every pair would take seconds.
 *
 * A ring of many long edges (a star of 10,000 spikes across the wijk) would fill every cell and take
 * minutes on the server: past `budget` cells visited and pairs compared (RING_CHECK_WORK; pass one
 * budget for all the rings of an outline), the answer is 'too_complex' (no wijk or buurt outline comes
 * near it; a 20,000-corner circle takes ~1/20 of it).
 */
export const RING_CHECK_WORK = 2_000_000;

export function ringCrossing(
  ring: readonly Position[],
  budget = { left: RING_CHECK_WORK },
): number | null | 'too_complex' {
  const points = withoutRepeats(ring);
  const edges = points.length - 1;
  if (edges < 3) return null;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points)
    [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
  const side = Math.max(1, Math.ceil(Math.sqrt(edges)));
  const cellW = (e - w) / side || 1;
  const cellH = (n - s) / side || 1;
  const col = (x: number) => Math.min(side - 1, Math.floor((x - w) / cellW));
  const row = (y: number) => Math.min(side - 1, Math.floor((y - s) / cellH));
  const cells = new Map<number, number[]>();
  for (let i = 0; i < edges; i++) {
    const [a, b] = [points[i] as Position, points[i + 1] as Position];
    const seen = new Set<number>();
    for (let c = col(Math.min(a[0], b[0])); c <= col(Math.max(a[0], b[0])); c++)
      for (let r = row(Math.min(a[1], b[1])); r <= row(Math.max(a[1], b[1])); r++) {
        const key = r * side + c;
        const list = cells.get(key) ?? [];
        budget.left -= 1 + list.length;
        if (budget.left < 0) return 'too_complex';
        for (const j of list) {
          if (seen.has(j) || neighbours(i, j, edges)) continue;
          seen.add(j);
          if (segmentsMeet(a, b, points[j] as Position, points[j + 1] as Position)) return j;
        }
        list.push(i);
        cells.set(key, list);
      }
  }
  return null;
}

/** The ring without a position equal to the one before it (a double click, or rounding). */
function withoutRepeats(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Edges i and j (i > j) share a corner by design: next to each other, or the last and the first. */
const neighbours = (i: number, j: number, edges: number) => i - j === 1 || (j === 0 && i === edges - 1);

const orient = (p: Position, q: Position, r: Position) =>
  Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
const within = (p: Position, q: Position, r: Position) =>
  Math.min(p[0], r[0]) <= q[0] &&
  q[0] <= Math.max(p[0], r[0]) &&
  Math.min(p[1], r[1]) <= q[1] &&
  q[1] <= Math.max(p[1], r[1]);

/** Segments ab and cd cross or touch (collinear overlap included). */
export function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  const [o1, o2, o3, o4] = [orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)];
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && within(a, c, b)) ||
    (o2 === 0 && within(a, d, b)) ||
    (o3 === 0 && within(c, a, d)) ||
    (o4 === 0 && within(c, b, d))
  );
}
