import Collaboration from '@tiptap/extension-collaboration';
import { EditorContent, useEditor } from '@tiptap/react';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { useEffect, useMemo } from 'react';
import * as Y from 'yjs';
import { DOCUMENT_FIELD, documentExtensions } from '../../../shared/editor/extensions';
import { Loading } from '../../ui/Loading';
import { fillColorMapping, YChange } from './authorshipView';

/**
 * A read-only editor that shows one section as it was (`state`), or what changed from `previous`
 * to `state` (insertions and deletions marked with their author's colour), using y-prosemirror's
 * snapshot rendering on a document of its own.
 */
export function SnapshotEditor({
  state,
  previous,
  label,
}: {
  state: Uint8Array;
  previous: Uint8Array;
  label: string;
}) {
  const setup = useMemo(() => {
    const users = new Y.Doc({ gc: false });
    Y.applyUpdateV2(users, state);
    const colors = new Map<string, { light: string; dark: string }>();
    fillColorMapping(users, colors);
    return {
      pud: new Y.PermanentUserData(users, users.getMap('users')),
      colors,
      doc: new Y.Doc({ gc: false }),
    };
  }, [state]);
  const editor = useEditor(
    {
      editable: false,
      extensions: [
        ...documentExtensions(),
        YChange,
        Collaboration.configure({
          document: setup.doc,
          field: DOCUMENT_FIELD,
          ySyncOptions: { permanentUserData: setup.pud, colorMapping: setup.colors },
        }),
      ],
      editorProps: {
        attributes: {
          class: 'editor__content',
          'aria-label': label,
          role: 'textbox',
          'aria-readonly': 'true',
        },
      },
    },
    [setup],
  );
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(
      editor.state.tr.setMeta(ySyncPluginKey, { snapshot: state, prevSnapshot: previous }),
    );
  }, [editor, state, previous]);
  if (!editor) return <Loading />;
  return <EditorContent editor={editor} />;
}
