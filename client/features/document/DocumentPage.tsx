import { FormLabel, Heading1, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isRoomId, roomName } from '../../../shared/sync/rooms';
import { type CollabRoom, useCollabRoom } from '../../sync/useCollabRoom';
import { usePeers } from '../../sync/usePeers';
import { type SaveState, useSaveState } from '../../sync/useSaveState';
import { Icon } from '../../ui/icons';
import { Loading } from '../../ui/Loading';
import { StatusBadge, type StatusTone } from '../../ui/StatusBadge';
import { NotFoundPage } from '../static/NotFoundPage';
import { CollaborativeEditor } from './CollaborativeEditor';
import { rememberDocument } from './recentDocuments';
import { NAME_MAX_LENGTH, useLocalUser } from './useLocalUser';

const TONES: Record<SaveState, StatusTone> = {
  connecting: 'busy',
  saving: 'busy',
  saved: 'ok',
  offline: 'warning',
  refused: 'error',
};

export default function DocumentPage() {
  const { id = '' } = useParams();
  if (!isRoomId(id)) return <NotFoundPage />;
  return <SharedDocument key={id} id={id} />;
}

function SharedDocument({ id }: { id: string }) {
  const { t } = useTranslation();
  const room = useCollabRoom(roomName('doc', id));
  const [user, setName] = useLocalUser();
  const [typedName, setTypedName] = useState(user.name);
  const nameId = useId();
  const hintId = useId();
  useEffect(() => rememberDocument(id), [id]);

  return (
    <div className="page">
      <div className="doc-header">
        <Heading1>{t('document.title')}</Heading1>
        {room && <SaveLine room={room} />}
      </div>
      <div className="doc-bar">
        <div className="doc-bar__name">
          <FormLabel htmlFor={nameId}>{t('document.yourName')}</FormLabel>
          <Textbox
            id={nameId}
            value={typedName}
            maxLength={NAME_MAX_LENGTH}
            autoComplete="nickname"
            aria-describedby={hintId}
            onChange={(e) => {
              setTypedName(e.target.value);
              setName(e.target.value);
            }}
          />
          <Paragraph id={hintId} appearance="small" className="muted">
            {t('document.yourNameHint')}
          </Paragraph>
        </div>
        {room && <Peers room={room} />}
        <CopyLinkButton />
      </div>
      {room ? <CollaborativeEditor room={room} user={user} /> : <Loading />}
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
        <ul className="peers__list">
          {peers.map((p) => (
            <li key={p.clientId} className="peer" style={{ backgroundColor: p.color }}>
              {p.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CopyLinkButton() {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      setTimeout(() => setCopied(false), 2500);
    } catch {
      window.prompt(t('document.shareHint'), window.location.href);
    }
  };
  return (
    <div className="share">
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={() => void copy()}
      >
        <Icon name={copied ? 'check' : 'copy'} />
        <span>{copied ? t('document.linkCopied') : t('document.copyLink')}</span>
      </button>
      <Paragraph appearance="small" className="muted">
        {t('document.shareHint')}
      </Paragraph>
    </div>
  );
}
