import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import { type Editor, EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef } from 'react';
import * as Y from 'yjs';
import { DOCUMENT_FIELD, documentExtensions } from '../../../shared/editor/extensions';
import type { Thread } from '../../../shared/schemas/comment';
import type { CollabRoom } from '../../sync/useCollabRoom';
import { Loading } from '../../ui/Loading';
import { fillColorMapping, showAuthorship, YChange } from './authorshipView';
import { COMMENTS_CHANGED, CommentHighlights } from './commentHighlights';
import { PasteLimit } from './pasteLimit';
import { ReadOnlyGuard } from './readOnlyGuard';

const attributes = (label: string, editable: boolean, describedBy?: string): Record<string, string> => ({
  class: 'editor__content',
  'aria-label': label,
  'aria-multiline': 'true',
  role: 'textbox',
  spellcheck: 'true',
  ...(editable
    ? {}
    : // Still reachable with the keyboard: to read, select and comment (comments are not its text).
      { 'aria-readonly': 'true', tabindex: '0' }),
  ...(describedBy ? { 'aria-describedby': describedBy } : {}),
});

export interface SectionEditorProps {
  room: CollabRoom;
  user: { name: string; color: string };
  editable: boolean;
  /** The accessible name of this section's text box. */
  label: string;
  /** Id of the text that says why the section cannot be changed (read with the text box). */
  describedBy?: string;
  /** Guiding questions, shown while the section is empty. */
  prompt: string;
  /** Comment threads of this section: their passages are marked in the text. */
  threads: Thread[];
  /** Show the text coloured by who wrote it (read-only while shown). */
  authorship: boolean;
  onActive: (editor: Editor) => void;
  /** This editor is gone (its room was opened again, or the section removed). */
  onGone?: (editor: Editor) => void;
  /** A paste or drop was refused for its size (nothing of it was added). */
  onPasteTooLarge?: () => void;
}

/** Tiptap on one section's Y.Doc: shared text, live carets with name and role colour, Yjs undo. */
export function SectionEditor({
  room,
  user,
  editable,
  label,
  describedBy,
  prompt,
  threads,
  authorship,
  onActive,
  onGone,
  onPasteTooLarge,
}: SectionEditorProps) {
  const threadsRef = useRef(threads);
  const pasteTooLargeRef = useRef(onPasteTooLarge);
  pasteTooLargeRef.current = onPasteTooLarge;
  // Yjs's own attribution: the users map the server fills, read through PermanentUserData.
  const attribution = useMemo(
    () => ({
      pud: new Y.PermanentUserData(room.doc, room.doc.getMap('users')),
      colors: new Map<string, { light: string; dark: string }>(),
    }),
    [room],
  );
  const editor = useEditor(
    {
      editable,
      extensions: [
        ...documentExtensions(),
        Placeholder.configure({ placeholder: () => prompt }),
        Collaboration.configure({
          document: room.doc,
          field: DOCUMENT_FIELD,
          ySyncOptions: { permanentUserData: attribution.pud, colorMapping: attribution.colors },
        }),
        YChange,
        CollaborationCaret.configure({ provider: room.provider, user }),
        CommentHighlights.configure({ getThreads: () => threadsRef.current }),
        ReadOnlyGuard,
        PasteLimit.configure({ onTooLarge: () => pasteTooLargeRef.current?.() }),
      ],
      editorProps: { attributes: attributes(label, editable, describedBy) },
      onFocus: ({ editor: e }) => onActive(e),
    },
    [room],
  );

  // The authorship view, kept up to date while others type.
  useEffect(() => {
    if (!editor) return;
    const render = () => {
      fillColorMapping(room.doc, attribution.colors);
      showAuthorship(editor, room.doc, authorship);
    };
    render();
    if (!authorship) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onUpdate = () => {
      timer ??= setTimeout(() => {
        timer = null;
        render();
      }, 400);
    };
    room.doc.on('update', onUpdate);
    return () => {
      room.doc.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [editor, room, authorship, attribution]);

  useEffect(() => {
    threadsRef.current = threads;
    if (editor && !editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(COMMENTS_CHANGED, true));
  }, [editor, threads]);

  useEffect(() => {
    editor?.setOptions({ editorProps: { attributes: attributes(label, editable, describedBy) } });
  }, [editor, label, editable, describedBy]);

  useEffect(() => {
    if (!editor || !onGone) return;
    return () => onGone(editor);
  }, [editor, onGone]);

  // Observers and settled sections read along; the server enforces the same rights.
  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);

  useEffect(() => {
    editor?.commands.updateUser({ name: user.name, color: user.color });
  }, [editor, user.name, user.color]);

  if (!editor) return <Loading />;
  return <EditorContent editor={editor} />;
}
