import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchKey } from './matchKey';
import { detectOverlaps, NETWORK_THEMES, type OverlapPair, type OverlapReason } from './overlap';
import type { OverlapInitiative } from './overlapInput';

// Small pools, so that random networks share names often — and in different spellings.
const GROUPS = ['ouderen', ' Ouderen', 'jongeren', 'Jóngeren', 'gezinnen met jonge kinderen', '---'];
const BUURTEN = ['Vollenhove-Noord', 'vollenhove noord', 'Centrum', 'Batau-Zuid'];
const SOURCES = ['Sterk in de Wijk', 'sterk-in-de-wijk', 'Fonds Leefbaarheid', 'Café Fonds', 'cafe fonds'];
const STATUSES = ['idee', 'gepland', 'loopt', 'afgerond', 'gestopt'] as const;
const RUNS = { numRuns: 200 };

const DAY_MS = 86_400_000;
const BASE = Date.UTC(2027, 0, 1);
const isoDay = (offset: number) => new Date(BASE + offset * DAY_MS).toISOString().slice(0, 10);
const dayArb = fc.option(fc.integer({ min: 0, max: 12 }).map(isoDay), { nil: null, freq: 4 });

const initiativeArb = (id: fc.Arbitrary<string>): fc.Arbitrary<OverlapInitiative> =>
  fc.record({
    id,
    name: fc.constantFrom('Samen bewegen', 'Buurtkamer', 'Groene straat'),
    themes: fc.subarray([...NETWORK_THEMES]),
    targetGroups: fc.subarray(GROUPS, { maxLength: 2 }),
    buurten: fc.subarray(BUURTEN, { maxLength: 2 }),
    period: fc.record({ start: dayArb, end: dayArb }),
    funding: fc.array(
      fc.record({ source: fc.constantFrom(...SOURCES), amount: fc.option(fc.nat(), { nil: null }) }),
      { maxLength: 1 },
    ),
    status: fc.constantFrom(...STATUSES),
  });

const networkArb = fc.uniqueArray(initiativeArb(fc.stringMatching(/^[a-f0-9]{1,3}$/)), {
  selector: (i) => i.id,
  maxLength: 14,
});

/** An oracle written apart from the detection: every pair, day numbers instead of strings, no index. */
function overlapsNaively(x: OverlapInitiative, y: OverlapInitiative): boolean {
  const active = (i: OverlapInitiative) => !['afgerond', 'gestopt'].includes(i.status);
  if (!active(x) || !active(y) || x.id === y.id) return false;
  const keys = (names: readonly string[]) => new Set(names.map(matchKey).filter((k) => k !== ''));
  const meet = (a: readonly string[], b: readonly string[]) => [...keys(a)].some((k) => keys(b).has(k));
  const day = (iso: string | null, open: number) => (iso === null ? open : Date.parse(iso) / DAY_MS);
  const [xs, xe] = [day(x.period.start, -Infinity), day(x.period.end, Infinity)];
  const [ys, ye] = [day(y.period.start, -Infinity), day(y.period.end, Infinity)];
  // An end before the start counts as an unknown period, open on both sides.
  const [as, ae] = xe < xs ? [-Infinity, Infinity] : [xs, xe];
  const [bs, be] = ye < ys ? [-Infinity, Infinity] : [ys, ye];
  const audience =
    x.themes.some((t) => y.themes.includes(t)) &&
    meet(x.targetGroups, y.targetGroups) &&
    meet(x.buurten, y.buurten) &&
    Math.max(as, bs) <= Math.min(ae, be);
  const funding = meet(
    x.funding.map((f) => f.source),
    y.funding.map((f) => f.source),
  );
  return audience || funding;
}

/** Reasons with names as keys: the same overlap whatever spelling either side used. */
const byKey = (reasons: readonly OverlapReason[]) =>
  reasons.map((r) =>
    r.kind === 'funding'
      ? { ...r, source: matchKey(r.source) }
      : { ...r, targetGroups: r.targetGroups.map(matchKey), buurten: r.buurten.map(matchKey) },
  );

describe('overlap detection (properties)', () => {
  it('finds exactly the pairs an independent all-pairs check finds', () => {
    fc.assert(
      fc.property(networkArb, (network) => {
        const found = new Set(detectOverlaps(network).map((p) => `${p.a}|${p.b}`));
        const expected = new Set<string>();
        for (const x of network)
          for (const y of network) if (x.id < y.id && overlapsNaively(x, y)) expected.add(`${x.id}|${y.id}`);
        expect(found).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('gives the same pairs and reasons whatever the order of the input', () => {
    fc.assert(
      fc.property(
        networkArb.chain((network) =>
          fc.tuple(
            fc.constant(network),
            fc.shuffledSubarray(network, { minLength: network.length, maxLength: network.length }),
          ),
        ),
        ([network, shuffled]) => {
          expect(detectOverlaps(shuffled)).toEqual(detectOverlaps(network));
        },
      ),
      RUNS,
    );
  });

  it('lists each pair once, lower id first, sorted, never an initiative with itself', () => {
    fc.assert(
      fc.property(networkArb, (network) => {
        const pairs = detectOverlaps(network);
        for (const p of pairs) {
          expect(p.a < p.b).toBe(true);
          expect(p.reasons.length).toBeGreaterThan(0);
        }
        const keys = pairs.map((p) => `${p.a}\u0000${p.b}`);
        // Ids have no NUL, so sorting the joined keys sorts by a, then b.
        expect(keys).toEqual([...keys].sort());
        expect(new Set(keys).size).toBe(keys.length);
      }),
      RUNS,
    );
  });

  it('gives the same reasons when the two initiatives swap ids (up to spelling)', () => {
    fc.assert(
      fc.property(initiativeArb(fc.constant('x')), initiativeArb(fc.constant('y')), (x, y) => {
        const [before] = detectOverlaps([x, y]);
        const [after] = detectOverlaps([
          { ...x, id: 'y' },
          { ...y, id: 'x' },
        ]);
        expect(after && byKey(after.reasons)).toEqual(before && byKey(before.reasons));
      }),
      RUNS,
    );
  });

  it('pairs a copy under another id with the original when it has a theme, group and buurt, or funding', () => {
    fc.assert(
      fc.property(initiativeArb(fc.constant('origineel')), (original) => {
        const copy = { ...original, id: 'kopie' };
        const pairs: OverlapPair[] = detectOverlaps([original, copy]);
        const named = (names: readonly string[]) => names.some((n) => matchKey(n) !== '');
        const active = !['afgerond', 'gestopt'].includes(original.status);
        const audience =
          original.themes.length > 0 && named(original.targetGroups) && named(original.buurten);
        const funding = named(original.funding.map((f) => f.source));
        expect(pairs.length).toBe(active && (audience || funding) ? 1 : 0);
        expect(detectOverlaps([original, original])).toEqual([]);
      }),
      RUNS,
    );
  });
});
