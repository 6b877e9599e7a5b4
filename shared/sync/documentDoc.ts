import type * as Y from 'yjs';
import { type Section, sectionSchema } from '../schemas/section';

/**
 * The layout of a document's structure room (`doc:<id>`): a map of its sections by id. Only the
 * server writes it (from the database, the source of truth); clients read it to follow changes live.
 */
export const SECTIONS_MAP = 'sections';
export const STRUCTURE_ORIGIN = 'server:structure';

/** Replaces the sections in the structure doc with `sections` (one transaction). */
export function writeSections(doc: Y.Doc, sections: readonly Section[]): void {
  doc.transact(() => {
    const map = doc.getMap<Section>(SECTIONS_MAP);
    const keep = new Set(sections.map((s) => s.id));
    for (const id of [...map.keys()]) if (!keep.has(id)) map.delete(id);
    for (const s of sections) {
      const current = map.get(s.id);
      if (!current || JSON.stringify(current) !== JSON.stringify(s)) map.set(s.id, { ...s });
    }
  }, STRUCTURE_ORIGIN);
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
