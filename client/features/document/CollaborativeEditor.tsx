import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { DOCUMENT_FIELD, documentExtensions } from '../../../shared/editor/extensions';
import { t } from '../../i18n/messages';
import type { CollabRoom } from '../../sync/useCollabRoom';
import { EditorToolbar } from './EditorToolbar';
import { LinkDialog } from './LinkDialog';
import type { LocalUser } from './useLocalUser';

/** Tiptap on the room's Y.Doc: shared text, live carets with name and colour, Yjs undo. */
export function CollaborativeEditor({ room, user }: { room: CollabRoom; user: LocalUser }) {
  const [linkOpen, setLinkOpen] = useState(false);
  const editor = useEditor(
    {
      extensions: [
        ...documentExtensions(),
        Placeholder.configure({ placeholder: t.placeholder }),
        Collaboration.configure({ document: room.doc, field: DOCUMENT_FIELD }),
        CollaborationCaret.configure({ provider: room.provider, user }),
      ],
      editorProps: {
        attributes: {
          class: 'editor__content',
          'aria-label': t.documentLabel,
          'aria-multiline': 'true',
          role: 'textbox',
          spellcheck: 'true',
          lang: 'nl',
        },
      },
    },
    [room],
  );

  useEffect(() => {
    editor?.commands.updateUser({ name: user.name, color: user.color });
  }, [editor, user.name, user.color]);

  if (!editor) return <p className="muted">{t.loading}</p>;
  const currentLink = (editor.getAttributes('link').href as string | undefined) ?? '';
  return (
    <div className="editor">
      <EditorToolbar editor={editor} onLink={() => setLinkOpen(true)} />
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
