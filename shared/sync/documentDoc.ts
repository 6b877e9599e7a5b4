import type * as Y from 'yjs';
import { type Thread, threadSchema } from '../schemas/comment';
import { type Section, sectionSchema } from '../schemas/section';
import { sameValue } from './sameValue';

/**
 * The layout of a document's structure room (`doc:<id>`): maps of its sections and its comment
 * threads by id. Only the
 * server writes it (from the database, the source of truth); clients read it to follow changes live.
 * The writers change only what differs, so the server writes the database's state again whenever it
 * loads the room.
 * The writers run inside the server's own transaction (`SyncServer.write`, or the reconcile at load),
 * whose origin a nested `transact` keeps: they name none of their own.
 */
export const SECTIONS_MAP = 'sections';
export const THREADS_MAP = 'threads';

/** Replaces the sections in the structure doc with `sections` (one transaction). */
export function writeSections(doc: Y.Doc, sections: readonly Section[]): void {
  doc.transact(() => {
    const map = doc.getMap<Section>(SECTIONS_MAP);
    const keep = new Set(sections.map((s) => s.id));
    for (const id of [...map.keys()]) if (!keep.has(id)) map.delete(id);
    for (const s of sections) {
      const current = map.get(s.id);
      if (!sameValue(current, s)) map.set(s.id, { ...s });
    }
  });
}

/** The sections in order; entries that do not parse are skipped. */
export function readSections(doc: Y.Doc): Section[] {
  const out: Section[] = [];
  doc.getMap<unknown>(SECTIONS_MAP).forEach((value) => {
    const parsed = sectionSchema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  });
  return out.sort((a, b) => a.position - b.position);
}

/** Replaces the comment threads in the structure doc (one transaction). */
export function writeThreads(doc: Y.Doc, threads: readonly Thread[]): void {
  doc.transact(() => {
    const map = doc.getMap<Thread>(THREADS_MAP);
    const keep = new Set(threads.map((t) => t.id));
    for (const id of [...map.keys()]) if (!keep.has(id)) map.delete(id);
    for (const t of threads) {
      const current = map.get(t.id);
      if (!sameValue(current, t)) map.set(t.id, structuredClone(t));
    }
  });
}

/** The threads, oldest first; entries that do not parse are skipped. */
export function readThreads(doc: Y.Doc): Thread[] {
  const out: Thread[] = [];
  doc.getMap<unknown>(THREADS_MAP).forEach((value) => {
    const parsed = threadSchema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  });
  return out.sort((a, b) => (a.comments[0]?.createdAt ?? '').localeCompare(b.comments[0]?.createdAt ?? ''));
}
