/**
 * Overlap detection time for the issue-18 benchmark size: 600 initiatives (`node --import tsx bench/overlap.ts`).
 * Three networks: a deterministic random one (fixed seed) shaped like a wijk — 8 buurten, 9 target groups,
 * 15 funding sources, all five statuses; the same with every initiative in one buurt (every active pair is
 * compared); and a worst case where all are active, in one buurt, for one group, with one fund (every pair
 * compared and flagged: the time is mostly building 179,700 pairs). Prints the median and max of 30 timed
 * runs after 5 warm-up runs.
 */
import { performance } from 'node:perf_hooks';
import { detectOverlaps, NETWORK_THEMES } from '../shared/network/overlap';
import type { OverlapInitiative } from '../shared/network/overlapInput';

const SIZE = 600;
const BUURTEN = [
  'Vollenhove-Noord',
  'Vollenhove-Zuid',
  'Centrum',
  'Batau-Noord',
  'Batau-Zuid',
  'Kerckebosch',
  'Hoge Dennen',
  'Couwenhoven',
];
const GROUPS = [
  'ouderen',
  'jongeren',
  'kinderen',
  'gezinnen met jonge kinderen',
  'mantelzorgers',
  'nieuwkomers',
  'huurders',
  'ondernemers',
  'alle bewoners',
];
const SOURCES = Array.from({ length: 15 }, (_, i) => `Fonds ${i + 1}`);
const STATUSES = ['idee', 'gepland', 'loopt', 'afgerond', 'gestopt'] as const;

/** mulberry32: the same network every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let r = Math.imul(s ^ (s >>> 15), 1 | s);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

function network(seed: number): OverlapInitiative[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[], n: number): T[] => [
    ...new Set(Array.from({ length: n }, () => list[Math.floor(rnd() * list.length)] as T)),
  ];
  const day = (from: number) => new Date(Date.UTC(2025, 0, 1) + from * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: SIZE }, (_, i) => {
    const start = Math.floor(rnd() * 1500);
    return {
      id: `init-${String(i).padStart(4, '0')}`,
      name: `Initiatief ${i}`,
      themes: pick(NETWORK_THEMES, 1 + Math.floor(rnd() * 2)),
      targetGroups: pick(GROUPS, 1 + Math.floor(rnd() * 2)),
      buurten: pick(BUURTEN, 1 + Math.floor(rnd() * 2)),
      period: {
        start: rnd() < 0.1 ? null : day(start),
        end: rnd() < 0.3 ? null : day(start + 30 + Math.floor(rnd() * 300)),
      },
      funding: pick(SOURCES, Math.floor(rnd() * 2)).map((source) => ({ source, amount: null })),
      status: STATUSES[Math.floor(rnd() * STATUSES.length)] ?? 'idee',
    };
  });
}

function measure(label: string, initiatives: OverlapInitiative[]): string {
  for (let i = 0; i < 5; i++) detectOverlaps(initiatives);
  const times: number[] = [];
  let pairs = 0;
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    pairs = detectOverlaps(initiatives).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const max = times[times.length - 1] ?? 0;
  return `${label}: ${initiatives.length} initiatives, ${pairs} pairs — median ${median.toFixed(1)} ms, max ${max.toFixed(1)} ms`;
}

const wijk = network(18);
const worst = wijk.map((i) => ({
  ...i,
  status: 'loopt' as const,
  buurten: ['Centrum'],
  themes: ['gezond' as const],
  targetGroups: ['ouderen'],
  period: { start: null, end: null },
  funding: [{ source: 'Sterk in de Wijk', amount: null }],
}));
console.log(measure('wijk-shaped network', wijk));
console.log(
  measure(
    'one buurt for all (compares every pair)',
    wijk.map((i) => ({ ...i, buurten: ['Centrum'] })),
  ),
);
console.log(measure('worst case (one buurt, one fund, all active)', worst));
