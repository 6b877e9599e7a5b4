import type { Editor } from '@tiptap/react';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/permissions';
import type { Anchor, Thread } from '../../../shared/schemas/comment';
import type { MemberRole } from '../../../shared/schemas/member';
import type { Section } from '../../../shared/schemas/section';
import type { CollabRoom } from '../../sync/useCollabRoom';
import { anchorFromSelection } from './anchors';
import { DocumentToolbar } from './DocumentToolbar';
import { lockedFor } from './documentModel';
import { SectionBlock } from './SectionBlock';

/**
 * The document's sections, each with its own editor, and one toolbar for the section being edited
 * (for commenting only, with a note why, when that section is settled meanwhile).
 */
export function DocumentEditor({
  documentId,
  sections,
  threads,
  role,
  user,
  authorship,
  hidden,
  onRoom,
  onComment,
}: {
  documentId: string;
  sections: Section[];
  threads: Thread[];
  role: MemberRole;
  user: { name: string; color: string };
  authorship: boolean;
  hidden: boolean;
  onRoom: (id: string, room: CollabRoom | null) => void;
  /** Asks for a comment on the chosen words (or the section). */
  onComment: (target: { anchor: Anchor | null; sectionId: string }) => void;
}) {
  const { t } = useTranslation();
  const lockedNoteId = useId();
  const [active, setActive] = useState<{ editor: Editor; sectionId: string } | null>(null);
  const onActive = useCallback((editor: Editor, sectionId: string) => setActive({ editor, sectionId }), []);
  const onGone = useCallback(
    (editor: Editor) => setActive((current) => (current?.editor === editor ? null : current)),
    [],
  );
  const toolbar = can(role, 'document.write') && active !== null && !authorship ? active : null;
  // The section you were in may be settled meanwhile: only commenting is left there.
  const activeLocked = lockedFor(
    role,
    sections.find((s) => s.id === active?.sectionId),
  );
  return (
    <div className="editor" hidden={hidden}>
      {toolbar && (
        <DocumentToolbar
          editor={toolbar.editor}
          locked={activeLocked}
          describedBy={activeLocked ? lockedNoteId : undefined}
          onComment={
            can(role, 'comment.create')
              ? () =>
                  onComment({
                    anchor: anchorFromSelection(toolbar.editor.state),
                    sectionId: toolbar.sectionId,
                  })
              : undefined
          }
        />
      )}
      {toolbar && activeLocked && (
        <p id={lockedNoteId} className="toolbar-note">
          <span aria-hidden="true">🔒 </span>
          {t('sections.locked')}
        </p>
      )}
      {sections.map((section) => (
        <SectionBlock
          key={section.id}
          section={section}
          documentId={documentId}
          role={role}
          user={user}
          threads={threads.filter((th) => th.sectionId === section.id)}
          authorship={authorship}
          onRoom={onRoom}
          onActive={onActive}
          onGone={onGone}
        />
      ))}
    </div>
  );
}
