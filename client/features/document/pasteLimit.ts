import { Extension } from '@tiptap/core';
import type { Fragment } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { SYNC_LIMITS } from '../../../shared/sync/protocol';

/**
 * The most text one paste or drop may bring in, in bytes of UTF-8. A Yjs update of pasted text costs
 * one to two bytes per byte of text (measured: a 40-page draft with headings and bold words, 1.1–1.9),
 * so half the server's per-update limit keeps a paste well inside it ([SYNC8], 4413): the person hears
 * at once, before anything is sent, and their clipboard still holds the text. About 150 pages.
 */
export const PASTE_MAX_BYTES = Math.floor(SYNC_LIMITS.maxUpdateBytes / 2);

const encoder = new TextEncoder();

/** Bytes of the text a pasted fragment holds, plus a little for every node (paragraphs, marks). */
export function pastedBytes(content: Fragment): number {
  let nodes = 0;
  content.descendants(() => {
    nodes++;
  });
  return encoder.encode(content.textBetween(0, content.size, '\n', ' ')).byteLength + nodes * 4;
}

export interface PasteLimitOptions {
  /** Called when a paste or drop is refused for its size (nothing of it reached the document). */
  onTooLarge: () => void;
}

/** Refuses a paste or drop larger than `PASTE_MAX_BYTES` and says so, instead of sending it to be refused. */
export const PasteLimit = Extension.create<PasteLimitOptions>({
  name: 'pasteLimit',
  addOptions() {
    return { onTooLarge: () => {} };
  },
  addProseMirrorPlugins() {
    const refuse = (size: number): boolean => {
      if (size <= PASTE_MAX_BYTES) return false;
      this.options.onTooLarge();
      return true;
    };
    return [
      new Plugin({
        key: new PluginKey('pasteLimit'),
        props: {
          handlePaste: (_view, _event, slice) => refuse(pastedBytes(slice.content)),
          handleDrop: (_view, _event, slice) => refuse(pastedBytes(slice.content)),
        },
      }),
    ];
  },
});
