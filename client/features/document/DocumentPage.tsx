import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../../shared/permissions';
import { roleGroup } from '../../../shared/schemas/member';
import { CloseCode } from '../../../shared/sync/closeCodes';
import { isRoomId } from '../../../shared/sync/rooms';
import { api } from '../../api/client';
import { useResource } from '../../api/useResource';
import { type CollabRoom, useCollabRoom } from '../../sync/useCollabRoom';
import { usePeers } from '../../sync/usePeers';
import { type SaveState, useSaveState } from '../../sync/useSaveState';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { StatusBadge, type StatusTone } from '../../ui/StatusBadge';
import { NotFoundPage } from '../static/NotFoundPage';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import { CollaborativeEditor } from './CollaborativeEditor';
import { ROLE_COLORS } from './roleColors';

const TONES: Record<SaveState, StatusTone> = {
  connecting: 'busy',
  saving: 'busy',
  saved: 'ok',
  offline: 'warning',
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
  const room = useCollabRoom(info.data ? info.data.document.room : null);
  const me = detail.me;
  const editable = can(me.role, 'document.write');

  // When my rights change the server closes the socket: fetch my new role while it reconnects.
  useEffect(() => {
    if (!room) return;
    const onClose = (event: CloseEvent | null) => {
      if (event?.code === CloseCode.RightsChanged) reload();
    };
    room.provider.on('connection-close', onClose);
    return () => room.provider.off('connection-close', onClose);
  }, [room, reload]);

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
        {room && <SaveLine room={room} />}
      </div>
      {!editable && (
        <Alert type="info">
          <Paragraph>{t('document.readOnly')}</Paragraph>
        </Alert>
      )}
      {room && <Peers room={room} />}
      {room ? (
        <CollaborativeEditor
          room={room}
          user={{ name: me.displayName, color: ROLE_COLORS[me.role] }}
          editable={editable}
        />
      ) : (
        <Loading />
      )}
    </div>
  );
}

function SaveLine({ room }: { room: CollabRoom }) {
  const { t } = useTranslation();
  const state = useSaveState(room);
  return <StatusBadge tone={TONES[state]} text={t(`save.${state}`)} />;
}

function Peers({ room }: { room: CollabRoom }) {
  const { t } = useTranslation();
  const peers = usePeers(room.provider.awareness);
  return (
    <div className="peers">
      <Paragraph className="peers__count">{t('document.othersHere', { count: peers.length })}</Paragraph>
      {peers.length > 0 && (
        <ul className="chips">
          {peers.map((p) => (
            <li key={p.clientId} className={`chip chip--${p.role ? roleGroup(p.role) : 'observers'}`}>
              {p.name}
              {p.role && <span className="chip__role"> · {t(`roles.${p.role}`)}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
