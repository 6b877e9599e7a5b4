import type { Language } from '../../../../shared/i18n/translate';
import { explainOverlap, type OverlapExplanation } from '../../../../shared/network/explainOverlap';
import type { InitiativeRecord } from '../../../../shared/network/initiative';
import type { NetworkView } from '../../../../shared/network/network';
import type { OverlapPair } from '../../../../shared/network/overlap';
import { type OverlapMark, pairKey } from '../../../../shared/network/overlapMark';

export interface OverlapItemData {
  key: string;
  pair: OverlapPair;
  a: InitiativeRecord | undefined;
  b: InitiativeRecord | undefined;
  mark: OverlapMark | null;
  explanation: OverlapExplanation;
}

/** Each flagged pair with its initiatives, its mark and its explanation; pairs nobody marked first. */
export function overlapItems(
  view: Pick<NetworkView, 'initiatives' | 'overlapMarks'>,
  pairs: readonly OverlapPair[],
  lang: Language,
): OverlapItemData[] {
  const byId = new Map(view.initiatives.map((i) => [i.id, i]));
  const marks = new Map(view.overlapMarks.map((m) => [pairKey(...m.initiativeIds), m]));
  const items = pairs.map((pair) => {
    const key = pairKey(pair.a, pair.b);
    return {
      key,
      pair,
      a: byId.get(pair.a),
      b: byId.get(pair.b),
      mark: marks.get(key) ?? null,
      explanation: explainOverlap(pair, byId, lang),
    };
  });
  return [...items.filter((i) => !i.mark), ...items.filter((i) => i.mark)];
}

/** Per initiative: how many of its flagged pairs are still open (not marked), and how many in all. */
export function overlapCounts(items: readonly OverlapItemData[]): Map<string, { open: number; all: number }> {
  const out = new Map<string, { open: number; all: number }>();
  for (const item of items)
    for (const id of [item.pair.a, item.pair.b]) {
      const c = out.get(id) ?? { open: 0, all: 0 };
      out.set(id, { open: c.open + (item.mark ? 0 : 1), all: c.all + 1 });
    }
  return out;
}
