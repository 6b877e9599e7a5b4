/**
 * Overlap in the wijknetwerk (issue 18): which initiatives may be "in elkaars vaarwater". Pure and
 * deterministic; the server runs it over a werkgroep's initiatives, the views show the pairs, and people
 * mark a pair afgestemd or bewust naast elkaar (that marking is not part of this module).
 *
 * Two initiatives form a pair when
 *  - **audience**: they share at least one theme AND at least one target group AND at least one buurt, AND
 *    their periods share at least one day; or
 *  - **funding**: they name the same funding source (subsidieregeling or fund), whatever their periods:
 *    claiming the same pot is worth a conversation even when the activities lie apart.
 * Both reasons are given when both hold (one funding reason per shared source).
 *
 * Details, chosen for what a facilitator expects:
 *  - Names (target groups, buurten, funding sources) match case-, accent-, space- and punctuation-
 *    insensitively (`matchKey`): "Fonds Leefbaarheid" = "fonds leefbaarheid", "Café" = "Cafe",
 *    "Sterk in de Wijk" = "sterk-in-de-wijk", "Vollenhove-Noord" = "vollenhove noord". No fuzzy matching
 *    beyond that: "ouderen" and "senioren" are different words to the tool.
 *  - Periods are closed intervals of days; touching on one day overlaps, one day apart does not; a missing
 *    start or end is open on that side. A period that is not valid (end before start, not a real date)
 *    counts as unknown, i.e. open on both sides (see `period.ts`).
 *  - Initiatives that are `afgerond` or `gestopt` are never paired: nothing is left to coordinate, and a
 *    list full of finished work would hide the overlaps that matter. `idee`, `gepland` and `loopt` count.
 *  - Ids are unique; if one appears twice, its first initiative counts. An initiative never pairs with
 *    itself; a copy under another id pairs with the original.
 *  - Output: each pair once, with `a` < `b` by id (plain string order), sorted by `a` then `b`; reasons
 *    audience first, then funding. The lists in a reason keep the spelling and order of `a`; the period in
 *    an audience reason is the days the two share.
 *
 * Cost: candidate pairs come from an index by buurt and by funding source, so initiatives in different
 * buurten with different funding are never compared; the worst case (everyone in one buurt) is quadratic
 * with cheap set look-ups. `bench/overlap.ts` measures 600 initiatives: a few ms wijk-shaped, ~16 ms with
 * all in one buurt, a few hundred ms only when every one of the 179,700 pairs is flagged.
 */

import { NETWORK_THEMES } from './common';
import { keyed } from './matchKey';
import type { NetworkTheme, OverlapInitiative } from './overlapInput';
import { type DayPeriod, intersectPeriods, usablePeriod } from './period';

/** The themes, in the order reasons and explanations list them (one list: `common.ts`). */
export { NETWORK_THEMES };

export type OverlapReason =
  | {
      kind: 'audience';
      themes: NetworkTheme[];
      targetGroups: string[];
      buurten: string[];
      /** The days both run; null on a side where both are open-ended. */
      period: DayPeriod;
    }
  | { kind: 'funding'; source: string };

export interface OverlapPair {
  a: string;
  b: string;
  reasons: OverlapReason[];
}

const PAIRED_STATUSES: ReadonlySet<OverlapInitiative['status']> = new Set(['idee', 'gepland', 'loopt']);

interface Prepared {
  id: string;
  themes: ReadonlySet<NetworkTheme>;
  targetGroups: Map<string, string>;
  buurten: Map<string, string>;
  funding: Map<string, string>;
  period: DayPeriod;
}

function prepare(i: OverlapInitiative): Prepared {
  return {
    id: i.id,
    themes: new Set(i.themes),
    targetGroups: keyed(i.targetGroups),
    buurten: keyed(i.buurten),
    funding: keyed(i.funding.map((f) => f.source)),
    period: usablePeriod(i.period),
  };
}

/** The spellings in `a` whose key `b` has too, in `a`'s order. */
function shared(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [key, spelling] of a) if (b.has(key)) out.push(spelling);
  return out;
}

/** Why `a` and `b` overlap; empty when they do not. */
function reasonsFor(a: Prepared, b: Prepared): OverlapReason[] {
  const reasons: OverlapReason[] = [];
  const themes = NETWORK_THEMES.filter((t) => a.themes.has(t) && b.themes.has(t));
  if (themes.length > 0) {
    const targetGroups = shared(a.targetGroups, b.targetGroups);
    const buurten = targetGroups.length > 0 ? shared(a.buurten, b.buurten) : [];
    const period = buurten.length > 0 ? intersectPeriods(a.period, b.period) : null;
    if (period) reasons.push({ kind: 'audience', themes, targetGroups, buurten, period });
  }
  for (const source of shared(a.funding, b.funding)) reasons.push({ kind: 'funding', source });
  return reasons;
}

const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/**
 * For each initiative (by its index in the id-sorted list), the groups it is in: one per buurt and one per
 * funding source, each listing its members' indices in ascending order. Only members of a common group can
 * overlap.
 */
function candidateGroups(prepared: readonly Prepared[]): number[][][] {
  const groups = new Map<string, number[]>();
  const groupsOf: number[][][] = prepared.map(() => []);
  const add = (key: string, index: number) => {
    const group = groups.get(key) ?? [];
    if (group.length === 0) groups.set(key, group);
    group.push(index);
    groupsOf[index]?.push(group);
  };
  prepared.forEach((p, index) => {
    for (const key of p.buurten.keys()) add(`buurt:${key}`, index);
    for (const key of p.funding.keys()) add(`funding:${key}`, index);
  });
  return groupsOf;
}

/** Every pair of active initiatives that overlap, with the reasons; see the rules at the top of this file. */
export function detectOverlaps(initiatives: readonly OverlapInitiative[]): OverlapPair[] {
  const firstById = new Map<string, OverlapInitiative>();
  for (const i of initiatives)
    if (PAIRED_STATUSES.has(i.status) && !firstById.has(i.id)) firstById.set(i.id, i);
  const prepared = [...firstById.values()].map(prepare).sort(byId);
  const groupsOf = candidateGroups(prepared);
  // seenBy[y] === x: y is already a candidate of x (they share a buurt and a fund, or two buurten).
  const seenBy = new Int32Array(prepared.length).fill(-1);
  const pairs: OverlapPair[] = [];
  prepared.forEach((a, x) => {
    const partners: number[] = [];
    // Members after x (higher ids) sit at the end of the ascending group.
    for (const group of groupsOf[x] ?? [])
      for (let k = group.length - 1; k >= 0 && (group[k] as number) > x; k--) {
        const y = group[k] as number;
        if (seenBy[y] !== x) {
          seenBy[y] = x;
          partners.push(y);
        }
      }
    // Lower index first, then partners in index order: the pairs come out sorted by a, then b.
    for (const y of partners.sort((p, q) => p - q)) {
      const b = prepared[y] as Prepared;
      const reasons = reasonsFor(a, b);
      if (reasons.length > 0) pairs.push({ a: a.id, b: b.id, reasons });
    }
  });
  return pairs;
}
