import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { EditorToolbar } from './EditorToolbar';
import { LinkDialog } from './LinkDialog';

/** One formatting toolbar for the whole document: it acts on the section you are typing in. */
export function DocumentToolbar({ editor, onComment }: { editor: Editor; onComment?: () => void }) {
  const [linkOpen, setLinkOpen] = useState(false);
  const currentLink = (editor.getAttributes('link').href as string | undefined) ?? '';
  return (
    <>
      <EditorToolbar editor={editor} onLink={() => setLinkOpen(true)} onComment={onComment} />
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
    </>
  );
}
