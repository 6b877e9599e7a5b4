import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/**
 * While the editor is not editable (a *vastgesteld* section, an observer), no change of this
 * person reaches the document, whatever asks for it: a toolbar command, a shortcut, paste, drop.
 * ProseMirror's own read-only mode only stops typing; commands still run. Changes that come from
 * the shared Y.Doc (others' edits, the authorship view) carry y-sync's meta and pass.
 */
export const ReadOnlyGuard = Extension.create({
  name: 'readOnlyGuard',
  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('readOnlyGuard'),
        filterTransaction: (tr) =>
          !tr.docChanged || editor.isEditable || tr.getMeta(ySyncPluginKey) !== undefined,
      }),
    ];
  },
});
