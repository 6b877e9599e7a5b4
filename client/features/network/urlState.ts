import {
  labelSchema,
  NETWORK_LIMITS,
  NETWORK_THEMES,
  type NetworkTheme,
} from '../../../shared/network/common';
import { type NetworkFilters, NO_FILTERS } from '../../../shared/network/filters';
import { INITIATIVE_STATUSES, type InitiativeStatus } from '../../../shared/network/initiative';

/**
 * The network page keeps what a person narrows the network to, the view and the open record in the
 * address (`?thema=groen&buurt=Centrum&weergave=tabel&open=<id>`), so a link shows someone else the
 * same selection. Anything in the address that is not a known theme or status, or not a valid label,
 * is left out: an address is typed or pasted, never trusted.
 */
export const URL_KEYS = {
  themes: 'thema',
  kinds: 'soort',
  buurten: 'buurt',
  statuses: 'status',
  view: 'weergave',
  open: 'open',
  /** The initiative whose place on the map is being chosen (the map view, with it open). */
  place: 'plek',
} as const;

const isTheme = (s: string): s is NetworkTheme => (NETWORK_THEMES as readonly string[]).includes(s);
const isStatus = (s: string): s is InitiativeStatus => (INITIATIVE_STATUSES as readonly string[]).includes(s);

/** Each value once, at most `max`, in the order given. */
function uniqueLabels(values: readonly string[], max: number): string[] {
  const out: string[] = [];
  for (const v of values) {
    const parsed = labelSchema.safeParse(v);
    if (parsed.success && !out.includes(parsed.data) && out.length < max) out.push(parsed.data);
  }
  return out;
}

export function filtersFromSearch(search: URLSearchParams): NetworkFilters {
  return {
    themes: [...new Set(search.getAll(URL_KEYS.themes).filter(isTheme))],
    kinds: uniqueLabels(search.getAll(URL_KEYS.kinds), NETWORK_LIMITS.buurten),
    buurten: uniqueLabels(search.getAll(URL_KEYS.buurten), NETWORK_LIMITS.buurten),
    statuses: [...new Set(search.getAll(URL_KEYS.statuses).filter(isStatus))],
  };
}

/** A copy of `search` with the filters replaced (other parameters, like the view, stay). */
export function withFilters(search: URLSearchParams, filters: NetworkFilters): URLSearchParams {
  const next = new URLSearchParams(search);
  const pairs: [string, readonly string[]][] = [
    [URL_KEYS.themes, filters.themes],
    [URL_KEYS.kinds, filters.kinds],
    [URL_KEYS.buurten, filters.buurten],
    [URL_KEYS.statuses, filters.statuses],
  ];
  for (const [key, values] of pairs) {
    next.delete(key);
    for (const v of values) next.append(key, v);
  }
  return next;
}

/** A copy of `search` with one parameter set, or removed when `value` is null. */
export function withParam(search: URLSearchParams, key: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(search);
  if (value === null) next.delete(key);
  else next.set(key, value);
  return next;
}

/**
 * The map view with initiative `id` open; with `choose`, choosing its place has started there
 * (the details' "choose a place" link). Filters stay.
 */
export function withMapPlace(search: URLSearchParams, id: string, choose: boolean): URLSearchParams {
  const next = withParam(withParam(search, URL_KEYS.view, 'kaart'), URL_KEYS.open, id);
  return withParam(next, URL_KEYS.place, choose ? id : null);
}

/** `value` added to or taken out of a list of filter values. */
export function toggled<T>(values: readonly T[], value: T, on: boolean): T[] {
  return on ? (values.includes(value) ? [...values] : [...values, value]) : values.filter((v) => v !== value);
}

export { NO_FILTERS };
