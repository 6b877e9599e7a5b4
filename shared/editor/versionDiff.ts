import * as Y from 'yjs';
import { DOCUMENT_FIELD } from './extensions';

export interface Change {
  type: 'added' | 'removed';
  text: string;
}

/**
 * What changed in a section's text between two saved states (V2 updates): insertions and
 * deletions, in document order, computed with Yjs snapshots (the same means the editor uses to
 * mark them), not by diffing strings.
 */
export function diffStates(before: Uint8Array, after: Uint8Array): Change[] {
  const history = new Y.Doc({ gc: false });
  Y.applyUpdateV2(history, before);
  const prev = Y.snapshot(history);
  Y.applyUpdateV2(history, after);
  const next = Y.snapshot(history);
  const changes: Change[] = [];
  const push = (type: Change['type'], text: string) => {
    const last = changes.at(-1);
    if (last?.type === type) last.text += text;
    else changes.push({ type, text });
  };
  const walk = (type: Y.XmlFragment | Y.XmlElement) => {
    for (const child of Y.typeListToArraySnapshot(type, new Y.Snapshot(prev.ds, next.sv))) {
      if (child instanceof Y.XmlText) {
        const delta = child.toDelta(next, prev, (kind: 'added' | 'removed') => ({ type: kind })) as {
          insert: unknown;
          attributes?: { ychange?: { type: Change['type'] } };
        }[];
        for (const op of delta) {
          const kind = op.attributes?.ychange?.type;
          if (kind && typeof op.insert === 'string') push(kind, op.insert);
        }
      } else if (child instanceof Y.XmlElement) {
        walk(child);
      }
    }
  };
  walk(history.getXmlFragment(DOCUMENT_FIELD));
  return changes;
}

/**
 * The same text with all of it deleted (a V2 update that includes `state`): compared with `state`, a section
 * that is gone now shows every word as removed instead of looking unchanged.
 */
export function allRemoved(state: Uint8Array): Uint8Array {
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdateV2(doc, state);
  const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
  doc.transact(() => fragment.delete(0, fragment.length));
  return Y.encodeStateAsUpdateV2(doc);
}

export interface ComparedSection<Then, Now> {
  id: string;
  /** kept: in the version and now; added: only now; removed: only in the version. */
  change: 'kept' | 'added' | 'removed';
  /** The section as the version has it. */
  saved: Then | null;
  /** The section now. */
  current: Now | null;
}

/**
 * Every section of a version compared with the sections now, in today's order; a section removed since the
 * version sits after the section it followed then (or first when it was first).
 */
export function compareSections<Then extends { id: string }, Now extends { id: string }>(
  version: readonly Then[],
  current: readonly Now[],
): ComparedSection<Then, Now>[] {
  const before = new Map(version.map((s) => [s.id, s]));
  const result: ComparedSection<Then, Now>[] = current.map((now) => {
    const saved = before.get(now.id) ?? null;
    return { id: now.id, change: saved ? 'kept' : 'added', saved, current: now };
  });
  version.forEach((then, i) => {
    if (result.some((r) => r.id === then.id)) return;
    let at = 0;
    for (let j = i - 1; j >= 0; j--) {
      const previousId = version[j]?.id;
      const found = result.findIndex((r) => r.id === previousId);
      if (found >= 0) {
        at = found + 1;
        break;
      }
    }
    result.splice(at, 0, { id: then.id, change: 'removed', saved: then, current: null });
  });
  return result;
}
