import type { Editor } from '@tiptap/react';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/permissions';
import type { Thread } from '../../../shared/schemas/comment';
import type { MemberRole } from '../../../shared/schemas/member';
import { SECTION_STATUSES, type Section, type SectionStatus } from '../../../shared/schemas/section';
import { api } from '../../api/client';
import { type CollabRoom, useCollabRoom } from '../../sync/useCollabRoom';
import { RefusedNotice } from './RefusedNotice';
import { SectionEditor } from './SectionEditor';
import { SharesBar } from './SharesBar';
import { ThreadList } from './ThreadList';
import { useRefusedFlow } from './useRefusedFlow';

interface Props {
  section: Section;
  documentId: string;
  role: MemberRole;
  user: { name: string; color: string };
  threads: Thread[];
  authorship: boolean;
  onRoom: (id: string, room: CollabRoom | null) => void;
  onActive: (editor: Editor, sectionId: string) => void;
  onGone: (editor: Editor) => void;
}

/** One top-level section: its title, status (the facilitator sets it), and its own shared text. */
export function SectionBlock({
  section,
  documentId,
  role,
  user,
  threads,
  authorship,
  onRoom,
  onActive,
  onGone,
}: Props) {
  const { t } = useTranslation();
  const room = useCollabRoom(section.room);
  const statusId = useId();
  const locked = section.status === 'vastgesteld';
  const editable = can(role, 'document.write') && (!locked || can(role, 'section.editLocked'));
  // Edits of this device the server refused (settled meanwhile, or too large): kept, offered, dropped.
  const refused = useRefusedFlow(room, section.room, !editable);
  const [pasteTooLarge, setPasteTooLarge] = useState(false);
  useEffect(() => {
    onRoom(section.id, room);
    return () => onRoom(section.id, null);
  }, [room, section.id, onRoom]);

  const setStatus = (status: SectionStatus) =>
    void api('updateSection', { params: { documentId, sectionId: section.id }, body: { status } });

  return (
    <section className={`doc-section doc-section--${section.status}`} aria-labelledby={`${statusId}-title`}>
      <div className="doc-section__head">
        <Heading2 id={`${statusId}-title`} className="doc-section__title">
          {section.title}
        </Heading2>
        {can(role, 'section.setStatus') ? (
          <span className="doc-section__status">
            <label htmlFor={statusId}>{t('sections.status')}</label>
            <select
              id={statusId}
              className="utrecht-select utrecht-select--html-select"
              value={section.status}
              onChange={(e) => setStatus(e.target.value as SectionStatus)}
            >
              {SECTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`sections.${s}`)}
                </option>
              ))}
            </select>
          </span>
        ) : (
          <span className={`status-tag status-tag--${section.status}`}>
            {t(`sections.${section.status}`)}
          </span>
        )}
      </div>
      {locked && (
        <Paragraph className="doc-section__locked" id={`${statusId}-locked`}>
          <span aria-hidden="true">🔒 </span>
          {can(role, 'section.editLocked') ? t('sections.lockedFacilitator') : t('sections.locked')}
        </Paragraph>
      )}
      {refused.edits.map((edit) => (
        <RefusedNotice
          key={edit.id}
          edit={edit}
          documentId={documentId}
          sectionId={section.id}
          role={role}
          onDone={refused.done}
        />
      ))}
      {pasteTooLarge && (
        <Alert type="warning" role="alert" className="paste-too-large">
          <p>{t('sections.pasteTooLarge')}</p>
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle"
            onClick={() => setPasteTooLarge(false)}
          >
            {t('refused.close')}
          </button>
        </Alert>
      )}
      {room && authorship && <SharesBar doc={room.doc} />}
      {room && (
        <SectionEditor
          room={room}
          user={user}
          editable={editable}
          label={t('sections.textOf', { title: section.title })}
          describedBy={locked ? `${statusId}-locked` : undefined}
          prompt={section.prompt || t('document.placeholder')}
          threads={threads}
          authorship={authorship}
          onActive={(editor) => onActive(editor, section.id)}
          onGone={onGone}
          onPasteTooLarge={() => setPasteTooLarge(true)}
        />
      )}
      <ThreadList threads={threads} documentId={documentId} role={role} />
    </section>
  );
}
