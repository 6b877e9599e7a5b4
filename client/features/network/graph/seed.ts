import { matchKey } from '../../../../shared/network/matchKey';
import type { NetworkView } from '../../../../shared/network/network';

export interface Point {
  x: number;
  y: number;
}

/** FNV-1a over the id: the same id gives the same number in every browser and every run. */
export function idHash(id: string, salt = 0): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Two numbers in [0, 1) from an id. */
const unit = (id: string, salt: number) => idHash(id, salt) / 4294967296;

/** A point around `center` at up to `spread`, the same for the same id (uniform over the disc). */
export function jitter(id: string, center: Point, spread: number): Point {
  // Never exactly on the centre: a newcomer with one neighbour would hide under it.
  const r = spread * Math.sqrt(0.1 + 0.9 * unit(id, 1));
  const a = 2 * Math.PI * unit(id, 2);
  return { x: center.x + r * Math.cos(a), y: center.y + r * Math.sin(a) };
}

/** How far apart nodes start (model units; cytoscape fits the result to the box). */
const SPACING = 60;

/**
 * Where every party and initiative starts, computed from the network alone (no randomness, no
 * order dependence): parties gather around their first buurt (the buurten on a circle, in name
 * order), initiatives in their buurt, drawn towards their lead and partners. The force layout refines this; because it
 * starts from the same positions it ends in the same place, so a network looks the same every time.
 */
export function seedPositions(view: Pick<NetworkView, 'parties' | 'initiatives'>): Map<string, Point> {
  const clusterOf = (buurten: readonly string[]) => (buurten[0] === undefined ? '' : matchKey(buurten[0]));
  const sizes = new Map<string, number>();
  for (const p of view.parties) sizes.set(clusterOf(p.buurten), (sizes.get(clusterOf(p.buurten)) ?? 0) + 1);
  for (const i of view.initiatives)
    if (i.leadPartyId === null && i.partnerPartyIds.length === 0)
      sizes.set(clusterOf(i.buurten), (sizes.get(clusterOf(i.buurten)) ?? 0) + 1);
  const named = [...sizes.keys()].filter((k) => k !== '').sort();
  const spread = (key: string) => SPACING * Math.sqrt(sizes.get(key) ?? 1);
  // Far enough out that neighbouring buurten do not overlap (chord between centres > both spreads).
  const widest = Math.max(0, ...named.map(spread));
  const ring =
    named.length < 2 ? SPACING * 4 : Math.max(SPACING * 4, (widest * 1.1) / Math.sin(Math.PI / named.length));
  const centers = new Map<string, Point>([['', { x: 0, y: 0 }]]);
  named.forEach((key, n) => {
    const a = (2 * Math.PI * n) / named.length;
    centers.set(key, { x: ring * Math.cos(a), y: ring * Math.sin(a) });
  });
  const at = new Map<string, Point>();
  for (const p of view.parties) {
    const key = clusterOf(p.buurten);
    at.set(p.id, jitter(p.id, centers.get(key) ?? { x: 0, y: 0 }, spread(key)));
  }
  for (const i of view.initiatives) {
    const near = [i.leadPartyId, ...i.partnerPartyIds].flatMap((id) => {
      const p = id === null ? undefined : at.get(id);
      return p ? [p] : [];
    });
    const key = clusterOf(i.buurten);
    const home = key === '' ? null : (centers.get(key) ?? null);
    // In its own buurt, drawn towards its parties (a party of the whole wijk must not pull it away).
    const center =
      near.length === 0
        ? (home ?? { x: 0, y: 0 })
        : home
          ? centroid([home, home, centroid(near)])
          : centroid(near);
    at.set(i.id, jitter(i.id, center, near.length === 0 ? spread(key) : SPACING * 2));
  }
  return at;
}

export function centroid(points: readonly Point[]): Point {
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
  }
  return points.length === 0 ? { x: 0, y: 0 } : { x: x / points.length, y: y / points.length };
}

/**
 * Where a node that arrives live goes: beside the nodes it connects to (their centre, nudged by its
 * id so two newcomers do not land on one spot), else at its seed. Nothing else moves.
 */
export function placeNear(id: string, neighbours: readonly Point[], fallback: Point): Point {
  return neighbours.length === 0 ? fallback : jitter(id, centroid(neighbours), SPACING);
}
