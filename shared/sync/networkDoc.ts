import type * as Y from 'yjs';
import { z } from 'zod';
import { networkChangeSchema } from '../network/change';
import { initiativeRecordSchema } from '../network/initiative';
import { type NetworkView, networkViewSchema, overlapPairSchema } from '../network/network';
import { wijkOutlineSchema } from '../network/outline';
import { overlapMarkSchema, pairKey } from '../network/overlapMark';
import { partySchema } from '../network/party';
import { relationSchema } from '../network/relation';
import { sameValue } from './sameValue';

/**
 * The layout of a werkgroep's network room (`netwerk:<werkgroep id>`): parties, initiatives, relations
 * and overlap marks by id (a mark by its pair key); the recent changes and the flagged overlaps as lists,
 * and the wijkgrens (or null) in `meta`. Only the server
 * writes it, from the database (after each change, and at every load: [SYNC12]); it sets only what
 * differs, so writing the same network again stores nothing. A party's contact is never in the room:
 * a room keeps its history in its log, where a withdrawn consent could not take it back; members read
 * contacts from GET …/netwerk.
 */
export const NETWORK_MAPS = {
  parties: 'parties',
  initiatives: 'initiatives',
  relations: 'relations',
  overlapMarks: 'overlaps',
} as const;
const META_MAP = 'meta';
const CHANGES_KEY = 'changes';
const OVERLAPS_KEY = 'overlaps';
const OUTLINE_KEY = 'outline';

function reconcileMap(doc: Y.Doc, name: string, entries: readonly [string, unknown][]): void {
  const map = doc.getMap<unknown>(name);
  const keep = new Set(entries.map(([id]) => id));
  for (const id of [...map.keys()]) if (!keep.has(id)) map.delete(id);
  for (const [id, value] of entries) if (!sameValue(map.get(id), value)) map.set(id, structuredClone(value));
}

/** Makes the room say exactly what `view` says (contacts are dropped), in one transaction. */
export function writeNetworkRoom(doc: Y.Doc, view: NetworkView): void {
  doc.transact(() => {
    reconcileMap(
      doc,
      NETWORK_MAPS.parties,
      view.parties.map((p) => [p.id, { ...p, contact: null }]),
    );
    reconcileMap(
      doc,
      NETWORK_MAPS.initiatives,
      view.initiatives.map((i) => [i.id, i]),
    );
    reconcileMap(
      doc,
      NETWORK_MAPS.relations,
      view.relations.map((r) => [r.id, r]),
    );
    reconcileMap(
      doc,
      NETWORK_MAPS.overlapMarks,
      view.overlapMarks.map((m) => [pairKey(...m.initiativeIds), m]),
    );
    const meta = doc.getMap<unknown>(META_MAP);
    if (!sameValue(meta.get(CHANGES_KEY), view.changes)) meta.set(CHANGES_KEY, structuredClone(view.changes));
    if (!sameValue(meta.get(OVERLAPS_KEY), view.overlaps))
      meta.set(OVERLAPS_KEY, structuredClone(view.overlaps));
    if (!sameValue(meta.get(OUTLINE_KEY) ?? null, view.outline))
      meta.set(OUTLINE_KEY, structuredClone(view.outline));
  });
}

function readMap<T>(doc: Y.Doc, name: string, schema: z.ZodType<T>, time: (t: T) => number): T[] {
  const out: T[] = [];
  doc.getMap<unknown>(name).forEach((value) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  });
  return out.sort((a, b) => time(a) - time(b));
}

const created = (r: { createdAt: number }) => r.createdAt;

/** The network as the room has it (entries that do not parse are skipped); parties without contact. */
export function readNetworkRoom(doc: Y.Doc): NetworkView {
  const meta = doc.getMap<unknown>(META_MAP);
  const changes = z.array(networkChangeSchema).safeParse(meta.get(CHANGES_KEY));
  const overlaps = z.array(overlapPairSchema).safeParse(meta.get(OVERLAPS_KEY));
  const outline = wijkOutlineSchema.safeParse(meta.get(OUTLINE_KEY));
  return networkViewSchema.parse({
    parties: readMap(doc, NETWORK_MAPS.parties, partySchema, created),
    initiatives: readMap(doc, NETWORK_MAPS.initiatives, initiativeRecordSchema, created),
    relations: readMap(doc, NETWORK_MAPS.relations, relationSchema, created),
    overlapMarks: readMap(doc, NETWORK_MAPS.overlapMarks, overlapMarkSchema, (m) => m.markedAt),
    overlaps: overlaps.success ? overlaps.data : [],
    changes: changes.success ? changes.data : [],
    outline: outline.success ? outline.data : null,
  });
}
