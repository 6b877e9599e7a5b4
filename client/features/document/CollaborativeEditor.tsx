import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_FIELD, documentExtensions } from '../../../shared/editor/extensions';
import type { CollabRoom } from '../../sync/useCollabRoom';
import { Loading } from '../../ui/Loading';
import { EditorToolbar } from './EditorToolbar';
import { LinkDialog } from './LinkDialog';

const editorAttributes = (label: string) => ({
  class: 'editor__content',
  'aria-label': label,
  'aria-multiline': 'true',
  role: 'textbox',
  spellcheck: 'true',
});

/** Tiptap on the room's Y.Doc: shared text, live carets with name and colour, Yjs undo. */
export function CollaborativeEditor({
  room,
  user,
  editable,
}: {
  room: CollabRoom;
  user: { name: string; color: string };
  editable: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [linkOpen, setLinkOpen] = useState(false);
  const editor = useEditor(
    {
      editable,
      extensions: [
        ...documentExtensions(),
        Placeholder.configure({ placeholder: () => i18n.t('document.placeholder') }),
        Collaboration.configure({ document: room.doc, field: DOCUMENT_FIELD }),
        CollaborationCaret.configure({ provider: room.provider, user }),
      ],
      editorProps: { attributes: editorAttributes(t('document.editorLabel')) },
    },
    [room],
  );

  // The accessible name follows the language.
  useEffect(() => {
    editor?.setOptions({ editorProps: { attributes: editorAttributes(t('document.editorLabel')) } });
  }, [editor, t]);

  // Observers read along: the editor follows the member's rights (the server enforces them too).
  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);

  useEffect(() => {
    editor?.commands.updateUser({ name: user.name, color: user.color });
  }, [editor, user.name, user.color]);

  if (!editor) return <Loading />;
  const currentLink = (editor.getAttributes('link').href as string | undefined) ?? '';
  return (
    <div className="editor">
      {editable && <EditorToolbar editor={editor} onLink={() => setLinkOpen(true)} />}
      <EditorContent editor={editor} />
      <LinkDialog
        open={linkOpen}
        initialUrl={currentLink}
        onClose={() => {
          setLinkOpen(false);
          editor.commands.focus();
        }}
        onSave={(href) => {
          setLinkOpen(false);
          if (editor.state.selection.empty && !editor.isActive('link')) {
            // Nothing selected: put the address itself in the text, as a link.
            editor
              .chain()
              .focus()
              .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
              .run();
          } else {
            editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
          }
        }}
        onRemove={() => {
          setLinkOpen(false);
          editor.chain().focus().extendMarkRange('link').unsetLink().run();
        }}
      />
    </div>
  );
}
