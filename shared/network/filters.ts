import type { NetworkTheme } from './common';
import type { InitiativeRecord, InitiativeStatus } from './initiative';
import { matchKey } from './matchKey';
import type { NetworkView } from './network';
import type { Party } from './party';
import type { Relation } from './relation';

/**
 * What a person narrows the network to. Every view (graph, table, map, room screen) shows the same
 * selection, so they can be compared side by side. An empty list means "no narrowing on this".
 */
export interface NetworkFilters {
  themes: NetworkTheme[];
  /** Party kinds (standard or the werkgroep's own label). */
  kinds: string[];
  /** Buurt labels; compared as the overlap detection compares them (case- and accent-insensitive). */
  buurten: string[];
  statuses: InitiativeStatus[];
}

export const NO_FILTERS: NetworkFilters = { themes: [], kinds: [], buurten: [], statuses: [] };

export const isFiltering = (f: NetworkFilters): boolean =>
  f.themes.length + f.kinds.length + f.buurten.length + f.statuses.length > 0;

/** What remains visible. Relations and overlaps only between visible records. */
export interface FilteredNetwork {
  parties: Party[];
  initiatives: InitiativeRecord[];
  relations: Relation[];
  overlaps: NetworkView['overlaps'];
}

const someIn = <T>(values: readonly T[], wanted: ReadonlySet<T>): boolean =>
  wanted.size === 0 || values.some((v) => wanted.has(v));

/**
 * Narrows a network view. A party passes on theme, kind and buurt; an initiative on theme, buurt and
 * status, and — when kinds are chosen — when its lead or a partner is a visible party. A status
 * filter hides parties only through the initiatives: a party stays when it passes its own filters.
 */
export function filterNetwork(view: NetworkView, f: NetworkFilters): FilteredNetwork {
  const themes = new Set(f.themes);
  const kinds = new Set(f.kinds.map(matchKey));
  const buurten = new Set(f.buurten.map(matchKey));
  const statuses = new Set(f.statuses);
  const parties = view.parties.filter(
    (p) =>
      someIn(p.themes, themes) &&
      (kinds.size === 0 || kinds.has(matchKey(p.kind))) &&
      someIn(p.buurten.map(matchKey), buurten),
  );
  const partyIds = new Set(parties.map((p) => p.id));
  const initiatives = view.initiatives.filter(
    (i) =>
      someIn(i.themes, themes) &&
      someIn(i.buurten.map(matchKey), buurten) &&
      (statuses.size === 0 || statuses.has(i.status)) &&
      (kinds.size === 0 ||
        [i.leadPartyId, ...i.partnerPartyIds].some((id) => id !== null && partyIds.has(id))),
  );
  const initiativeIds = new Set(initiatives.map((i) => i.id));
  return {
    parties,
    initiatives,
    relations: view.relations.filter((r) => partyIds.has(r.fromPartyId) && partyIds.has(r.toPartyId)),
    overlaps: view.overlaps.filter((o) => initiativeIds.has(o.a) && initiativeIds.has(o.b)),
  };
}

/** The choices a filter offers, from what the network holds (sorted, each once by its match key). */
export function filterChoices(view: NetworkView): { kinds: string[]; buurten: string[] } {
  const unique = (labels: string[]) => {
    const byKey = new Map<string, string>();
    for (const l of labels) if (!byKey.has(matchKey(l))) byKey.set(matchKey(l), l);
    return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'nl'));
  };
  return {
    kinds: unique(view.parties.map((p) => p.kind)),
    buurten: unique([
      ...view.parties.flatMap((p) => p.buurten),
      ...view.initiatives.flatMap((i) => i.buurten),
    ]),
  };
}

/** Parties in the wijkcoalitie: one end of a `wijkcoalitie` relation (the graph highlights them). */
export function coalitionPartyIds(relations: readonly Relation[]): Set<string> {
  const ids = new Set<string>();
  for (const r of relations)
    if (r.kind === 'wijkcoalitie') {
      ids.add(r.fromPartyId);
      ids.add(r.toPartyId);
    }
  return ids;
}
