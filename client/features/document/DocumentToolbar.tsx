import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { EditorToolbar } from './EditorToolbar';
import { LinkDialog } from './LinkDialog';

/**
 * One formatting toolbar for the whole document: it acts on the section you are typing in. In a
 * section you may not change (`locked`), only commenting is left; an open link dialog closes.
 */
export function DocumentToolbar({
  editor,
  onComment,
  locked = false,
  describedBy,
}: {
  editor: Editor;
  onComment?: () => void;
  locked?: boolean;
  describedBy?: string;
}) {
  const [linkOpen, setLinkOpen] = useState(false);
  useEffect(() => {
    if (locked) setLinkOpen(false);
  }, [locked]);
  const currentLink = (editor.getAttributes('link').href as string | undefined) ?? '';
  return (
    <>
      <EditorToolbar
        editor={editor}
        onLink={() => setLinkOpen(true)}
        onComment={onComment}
        locked={locked}
        describedBy={describedBy}
      />
      <LinkDialog
        open={linkOpen && !locked}
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
