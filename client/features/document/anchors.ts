import type { EditorState } from '@tiptap/pm/state';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { type Anchor, COMMENT_LIMITS } from '../../../shared/schemas/comment';

interface YSyncState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: { mapping: Parameters<typeof absolutePositionToRelativePosition>[2] } | null;
}

const syncState = (state: EditorState) => ySyncPluginKey.getState(state) as YSyncState | undefined;

const encode = (pos: Y.RelativePosition) => btoa(String.fromCharCode(...Y.encodeRelativePosition(pos)));
const decode = (text: string) =>
  Y.decodeRelativePosition(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));

/**
 * The current selection as an anchor: Yjs relative positions, which keep pointing at the same
 * words while others edit around them. Null when nothing is selected.
 */
export function anchorFromSelection(state: EditorState): Anchor | null {
  const { from, to, empty } = state.selection;
  const ys = syncState(state);
  if (empty || !ys?.binding) return null;
  const start = absolutePositionToRelativePosition(from, ys.type, ys.binding.mapping) as Y.RelativePosition;
  const end = absolutePositionToRelativePosition(to, ys.type, ys.binding.mapping) as Y.RelativePosition;
  const quote = state.doc.textBetween(from, to, ' ').slice(0, COMMENT_LIMITS.quoteMax);
  return { start: encode(start), end: encode(end), quote };
}

/** Where an anchor is now in this editor, or null when its words are gone. */
export function resolveAnchor(state: EditorState, anchor: Anchor): { from: number; to: number } | null {
  const ys = syncState(state);
  if (!ys?.binding) return null;
  try {
    const from = relativePositionToAbsolutePosition(
      ys.doc,
      ys.type,
      decode(anchor.start),
      ys.binding.mapping,
    );
    const to = relativePositionToAbsolutePosition(ys.doc, ys.type, decode(anchor.end), ys.binding.mapping);
    if (from === null || to === null || from >= to || to > state.doc.content.size) return null;
    return { from, to };
  } catch {
    return null;
  }
}
