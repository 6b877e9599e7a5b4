import * as Y from 'yjs';
import type { DocStorage, StoredDoc } from '../storage/Storage';

/** What a room knows of its stored log ([SYNC3]). */
export interface StoredStats {
  lastSeq: number;
  count: number;
  bytes: number;
  snapshotBytes: number;
}

/**
 * Reads what storage holds of `name` and applies it to `doc` in ONE transaction, so its origin holds
 * for every update applied in it (LOAD_ORIGIN at load: not stored again; REMOTE_ORIGIN when catching
 * up: relayed, not stored). Yjs ignores what the document already has.
 */
export async function applyStored(
  storage: DocStorage,
  name: string,
  doc: Y.Doc,
  origin: unknown,
  isGone: () => boolean = () => false,
): Promise<StoredDoc> {
  const stored = await storage.loadDoc(name);
  if (isGone()) return stored;
  doc.transact(() => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  }, origin);
  return stored;
}

export const statsOf = (stored: StoredDoc): StoredStats => ({
  lastSeq: stored.lastSeq,
  count: stored.updates.length,
  bytes: stored.logBytes,
  snapshotBytes: stored.snapshot?.byteLength ?? 0,
});
