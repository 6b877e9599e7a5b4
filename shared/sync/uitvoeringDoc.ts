import type * as Y from 'yjs';

/**
 * The layout of a werkgroep's uitvoering room (`uitvoering:<werkgroep id>`): one `stamp` in `meta` that
 * changes with every change of the plan (an actie added, changed or removed; an update posted). Only
 * the server writes it, from the database (after each change and at every load, [SYNC12]); members
 * follow it read-only and fetch GET …/uitvoering again when it changes. The plan itself is not in the
 * room: a room keeps its history, and an unpublished actie or a photo has no business in a log that
 * never forgets; the API answers with what is true now.
 */
const META_MAP = 'meta';
const STAMP_KEY = 'stamp';

/** A stamp from what the database holds: any change of the plan changes it. */
export function uitvoeringStamp(
  acties: readonly { id: string; updatedAt: number }[],
  updates: readonly { id: string }[],
): string {
  const newest = acties.reduce((max, a) => Math.max(max, a.updatedAt), 0);
  return `${acties.length}.${newest}.${updates.length}.${updates.at(-1)?.id ?? ''}`;
}

/** Sets the stamp (nothing is stored when it did not change). */
export function writeUitvoeringRoom(doc: Y.Doc, stamp: string): void {
  const meta = doc.getMap<unknown>(META_MAP);
  if (meta.get(STAMP_KEY) !== stamp) doc.transact(() => meta.set(STAMP_KEY, stamp));
}

/** The stamp the room has, or '' before it synced. */
export function readUitvoeringStamp(doc: Y.Doc): string {
  const stamp = doc.getMap<unknown>(META_MAP).get(STAMP_KEY);
  return typeof stamp === 'string' ? stamp : '';
}
