import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../../shared/permissions';
import { type Anchor, openQuestions, todayInNetherlands } from '../../../shared/schemas/comment';
import { roleGroup } from '../../../shared/schemas/member';
import type { VersionDetail } from '../../../shared/schemas/version';
import { CloseCode } from '../../../shared/sync/closeCodes';
import { isRoomId } from '../../../shared/sync/rooms';
import { api } from '../../api/client';
import { useResource } from '../../api/useResource';
import { type CollabRoom, useCollabRoom } from '../../sync/useCollabRoom';
import { usePeers } from '../../sync/usePeers';
import { type SaveState, useCombinedSaveState } from '../../sync/useSaveState';
import { Disclosure } from '../../ui/Disclosure';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { StatusBadge, type StatusTone } from '../../ui/StatusBadge';
import { ExportPanel } from '../export/ExportPanel';
import { NotFoundPage } from '../static/NotFoundPage';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import { AddSection } from './AddSection';
import { CommentDialog, type NewComment } from './CommentDialog';
import { DocumentEditor } from './DocumentEditor';
import { threadBody, withRoom } from './documentModel';
import { useRefusedEdits } from './refusedStore';
import { ROLE_COLORS } from './roleColors';
import { useSections } from './useSections';
import { useThreads } from './useThreads';
import { VersionsPanel } from './VersionsPanel';
import { VersionView } from './VersionView';

const TONES: Record<SaveState, StatusTone> = {
  connecting: 'busy',
  saving: 'busy',
  saved: 'ok',
  storing: 'warning',
  offline: 'warning',
  notSaved: 'error',
  serverDown: 'error',
  tooLarge: 'error',
  refused: 'error',
};

export default function DocumentPage() {
  const { documentId = '' } = useParams();
  if (!isRoomId(documentId)) return <NotFoundPage />;
  return <SharedDocument key={documentId} documentId={documentId} />;
}

function SharedDocument({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const { detail, reload } = useWerkgroep();
  const info = useResource(`document:${documentId}`, () => api('getDocument', { params: { documentId } }));
  // The structure room carries the sections (live) and presence; each section has its own room.
  const structure = useCollabRoom(info.data ? info.data.document.room : null);
  const sections = useSections(structure, info.data?.document.sections ?? EMPTY);
  const [rooms, setRooms] = useState<Record<string, CollabRoom>>({});
  const threads = useThreads(structure);
  const [authorship, setAuthorship] = useState(false);
  const [viewing, setViewing] = useState<{ version: VersionDetail; mode: 'view' | 'compare' } | null>(null);
  const [commenting, setCommenting] = useState<{ anchor: Anchor | null; sectionId: string } | null>(null);
  const placeComment = async (comment: NewComment) => {
    if (!commenting) return;
    await api('createThread', { params: { documentId }, body: threadBody(commenting, comment) });
    setCommenting(null);
  };
  const me = detail.me;
  const user = useMemo(
    () => ({ name: me.displayName, color: ROLE_COLORS[me.role] }),
    [me.displayName, me.role],
  );
  const onRoom = useCallback(
    (id: string, room: CollabRoom | null) => setRooms((current) => withRoom(current, id, room)),
    [],
  );
  useStructurePresence(structure, user.color, reload);

  if (info.state === 'loading') return <Loading />;
  if (info.state === 'error') return <ErrorState error={info.error} onRetry={info.reload} />;
  return (
    <div className="page">
      <p>
        <Link to={`/w/${detail.werkgroep.id}/documenten`} className="utrecht-link">
          {t('document.back')}
        </Link>
      </p>
      <div className="doc-header">
        <Heading1>{info.data.document.title}</Heading1>
        <SaveLine rooms={Object.values(rooms)} sectionRooms={sections.map((s) => s.room)} />
      </div>
      <QuestionsSummary threads={threads} />
      {!can(me.role, 'document.write') && (
        <Alert type="info">
          <Paragraph>{t(me.role === 'guest' ? 'werkgroep.guestReadOnly' : 'document.readOnly')}</Paragraph>
        </Alert>
      )}
      <div className="doc-tools">
        {structure && <Peers room={structure} />}
        <AuthorshipToggle on={authorship} onChange={setAuthorship} />
      </div>
      <VersionsPanel
        documentId={documentId}
        role={me.role}
        onOpen={(version, mode) => setViewing({ version, mode })}
      />
      {can(me.role, 'document.export') && (
        <ExportPanel documentId={documentId} title={info.data.document.title} wijk={detail.werkgroep.wijk} />
      )}
      {viewing && (
        <VersionView
          version={viewing.version}
          mode={viewing.mode}
          rooms={rooms}
          current={sections}
          onClose={() => setViewing(null)}
        />
      )}
      <DocumentEditor
        documentId={documentId}
        sections={sections}
        threads={threads}
        role={me.role}
        user={user}
        authorship={authorship}
        hidden={viewing !== null}
        onRoom={onRoom}
        onComment={setCommenting}
      />
      {can(me.role, 'section.create') && <AddSection documentId={documentId} />}
      <CommentDialog
        open={commenting !== null}
        anchor={commenting?.anchor ?? null}
        onSubmit={placeComment}
        onClose={() => setCommenting(null)}
      />
    </div>
  );
}

/**
 * My presence on this document (the server stamps name and role); and when my rights change the
 * server closes my sockets: fetch my new role while they reconnect.
 */
function useStructurePresence(structure: CollabRoom | null, color: string, reload: () => void) {
  useEffect(() => {
    structure?.provider.awareness.setLocalStateField('user', { color });
  }, [structure, color]);
  useEffect(() => {
    if (!structure) return;
    const onClose = (event: CloseEvent | null) => {
      if (event?.code === CloseCode.RightsChanged) reload();
    };
    structure.provider.on('connection-close', onClose);
    return () => structure.provider.off('connection-close', onClose);
  }, [structure, reload]);
}

const EMPTY: never[] = [];

/** "Who wrote what": colours the text by role group and shows each group's share per section. */
function AuthorshipToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <div className="authorship-toggle">
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        aria-pressed={on}
        onClick={() => onChange(!on)}
      >
        {on ? t('authorship.hide') : t('authorship.show')}
      </button>
      {on && (
        <p className="authorship-legend">
          {(['bewoners', 'ambtenaren', 'partners', 'facilitators'] as const).map((g) => (
            <span key={g} className={`authorship-legend__item authorship-legend__item--${g}`}>
              {t(`groups.${g}`)}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

/** Residents wait months for answers: open and overdue questions to the municipality stay in view. */
function QuestionsSummary({ threads }: { threads: Parameters<typeof openQuestions>[0] }) {
  const { t } = useTranslation();
  const { open, overdue } = openQuestions(threads, todayInNetherlands());
  if (open.length === 0) return null;
  return (
    <Alert type={overdue.length > 0 ? 'warning' : 'info'}>
      <Paragraph>{t('comments.summary', { open: open.length, overdue: overdue.length })}</Paragraph>
    </Alert>
  );
}

function SaveLine({ rooms, sectionRooms }: { rooms: CollabRoom[]; sectionRooms: string[] }) {
  const { t } = useTranslation();
  // Refused text still waiting for the person's choice is not in the document: not "all saved".
  const waiting = useRefusedEdits(sectionRooms);
  const state = useCombinedSaveState(
    rooms,
    waiting.length === 0 ? null : waiting.some((e) => e.reason === 'tooLarge') ? 'tooLarge' : 'notSaved',
  );
  return <StatusBadge tone={TONES[state]} text={t(`save.${state}`)} />;
}

function Peers({ room }: { room: CollabRoom }) {
  const { t } = useTranslation();
  const peers = usePeers(room.provider.awareness);
  if (peers.length === 0)
    return (
      <div className="peers">
        <Paragraph className="peers__count">{t('document.othersHere', { count: 0 })}</Paragraph>
      </div>
    );
  // Who else is here folds on a phone: seven names would push the document out of the first screen.
  return (
    <div className="peers">
      <Disclosure
        className="peers__more"
        summary={<span className="peers__count">{t('document.othersHere', { count: peers.length })}</span>}
      >
        <ul className="chips">
          {peers.map((p) => (
            <li key={p.clientId} className={`chip chip--${p.role ? roleGroup(p.role) : 'observers'}`}>
              {p.name}
              {p.role && <span className="chip__role"> · {t(`roles.${p.role}`)}</span>}
            </li>
          ))}
        </ul>
      </Disclosure>
    </div>
  );
}
