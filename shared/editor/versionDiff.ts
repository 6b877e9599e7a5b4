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
