/**
 * A wijknetwerk of the issue-18 benchmark size, shaped like a wijk (bench/networkGraph.ts): 300
 * parties, 600 initiatives, 1,500 relations. Deterministic (a fixed seed), so every run draws the
 * same network. Eight buurten; parties mostly work in one or two; most collaboration is within a
 * buurt; a few funders (gemeente, fondsen) fund many; a wijkcoalitie of 14 core parties; initiatives
 * led by a party of their buurt with up to three partners, a fifth of them funded from one of 40
 * sources (some share one: funding overlaps).
 */
import { NETWORK_THEMES } from '../shared/network/common';
import type { InitiativeRecord, InitiativeStatus } from '../shared/network/initiative';
import type { NetworkView } from '../shared/network/network';
import { detectOverlaps } from '../shared/network/overlap';
import type { Party } from '../shared/network/party';
import type { Relation, RelationKind } from '../shared/network/relation';

export const SIZE = { parties: 300, initiatives: 600, relations: 1500 } as const;

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
  'gezinnen',
  'mantelzorgers',
  'nieuwkomers',
  'huurders',
  'ondernemers',
];
/** Kinds with their share of the parties: residents' initiatives and care organisations are the most. */
const KINDS: [string, number][] = [
  ['bewonersinitiatief', 0.3],
  ['zorg_welzijn', 0.18],
  ['cultuur', 0.1],
  ['sport', 0.1],
  ['onderwijs', 0.08],
  ['gemeente_afdeling', 0.06],
  ['woningcorporatie', 0.03],
  ['ontwikkelaar', 0.03],
  ['politie', 0.02],
  ['Kerk', 0.04],
  ['overig', 0.06],
];
const SOURCES = Array.from({ length: 40 }, (_, i) => `Fonds ${i + 1}`);
const STATUSES: InitiativeStatus[] = ['idee', 'gepland', 'loopt', 'loopt', 'loopt', 'afgerond', 'gestopt'];

/** mulberry32. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let r = Math.imul(s ^ (s >>> 15), 1 | s);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const meta = { createdBy: 'bench', createdAt: 1, updatedAt: 1 };
const id = (prefix: string, n: number) => `${prefix}${String(n).padStart(4, '0')}`;

interface Dice {
  rnd: () => number;
  one: <T>(list: readonly T[]) => T;
  some: <T>(list: readonly T[], max: number) => T[];
}

function dice(seed: number): Dice {
  const rnd = random(seed);
  const one = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const some = <T>(list: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => one(list))),
  ];
  return { rnd, one, some };
}

function makeParties({ rnd, some }: Dice, count: number): Party[] {
  const kindOf = () => {
    const r = rnd();
    let upTo = 0;
    for (const [kind, share] of KINDS) {
      upTo += share;
      if (r < upTo) return kind;
    }
    return 'overig';
  };
  return Array.from({ length: count }, (_, n) => {
    const kind = kindOf();
    return {
      id: id('pa', n),
      name: `${kind === 'bewonersinitiatief' ? 'Bewoners' : kind} ${n}`,
      kind,
      description: '',
      themes: some(NETWORK_THEMES, 3),
      // The gemeente and the corporations work everywhere; the rest in one or two buurten.
      buurten: kind === 'gemeente_afdeling' || kind === 'woningcorporatie' ? [...BUURTEN] : some(BUURTEN, 2),
      website: null,
      memberIds: [],
      contact: null,
      ...meta,
    };
  });
}

function makeRelations({ rnd, one }: Dice, parties: Party[], count: number): Relation[] {
  const inBuurt = (b: string) => parties.filter((p) => p.buurten.includes(b));
  const funders = parties.filter((p) => p.kind === 'gemeente_afdeling' || p.kind === 'overig');
  const umbrellas = parties.filter((p) => p.kind === 'overig' || p.kind === 'zorg_welzijn');
  const core = parties.slice(0, 14);
  const relations: Relation[] = [];
  const seen = new Set<string>();
  const relate = (from: Party, to: Party, kind: RelationKind) => {
    const both = kind === 'werkt_samen' || kind === 'wijkcoalitie';
    const key = `${kind}:${both ? [from.id, to.id].sort().join() : `${from.id}>${to.id}`}`;
    if (from.id === to.id || seen.has(key)) return;
    seen.add(key);
    relations.push({
      id: id('re', relations.length),
      fromPartyId: from.id,
      toPartyId: to.id,
      kind,
      note: '',
      ...meta,
    });
  };
  for (let i = 0; i < core.length; i++)
    for (let j = i + 1; j < core.length; j += 3) relate(core[i] as Party, core[j] as Party, 'wijkcoalitie');
  while (relations.length < count) {
    const r = rnd();
    const from = one(parties);
    if (r < 0.7) relate(from, one(inBuurt(one(from.buurten))), 'werkt_samen');
    else if (r < 0.9) relate(one(funders), from, 'financiert');
    else relate(one(umbrellas), from, 'koepel_van');
  }
  return relations;
}

function makeInitiatives({ rnd, one, some }: Dice, parties: Party[], count: number): InitiativeRecord[] {
  const day = (d: number) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, n) => {
    const buurt = one(BUURTEN);
    const local = parties.filter((p) => p.buurten.includes(buurt));
    const lead = one(local);
    const start = Math.floor(rnd() * 1200);
    return {
      id: id('in', n),
      name: `Initiatief ${n}`,
      description: '',
      themes: some(NETWORK_THEMES, 2),
      targetGroups: some(GROUPS, 2),
      buurten: [buurt],
      point: null,
      period: { start: day(start), end: day(start + 60 + Math.floor(rnd() * 240)) },
      leadPartyId: lead.id,
      partnerPartyIds: some(local, 3)
        .filter((p) => p.id !== lead.id)
        .map((p) => p.id)
        .slice(0, Math.floor(rnd() * 4)),
      funding: rnd() < 0.2 ? [{ source: one(SOURCES), amount: null }] : [],
      status: one(STATUSES),
      sectionId: null,
      ...meta,
    };
  });
}

/** The benchmark's network; `scale` 1/3 gives a werkgroep of a more common size (100, 200, 500). */
export function wijkNetwork(seed = 18, scale = 1): NetworkView {
  const d = dice(seed);
  const parties = makeParties(d, Math.round(SIZE.parties * scale));
  const relations = makeRelations(d, parties, Math.round(SIZE.relations * scale));
  const initiatives = makeInitiatives(d, parties, Math.round(SIZE.initiatives * scale));
  return {
    parties,
    initiatives,
    relations,
    overlapMarks: [],
    overlaps: detectOverlaps(initiatives),
    changes: [],
    outline: null,
  };
}
