import { useId, useState } from 'react';
import { roomName } from '../../../shared/sync/rooms';
import { t } from '../../i18n/messages';
import { type CollabRoom, useCollabRoom } from '../../sync/useCollabRoom';
import { type ConnectionStatus, useConnectionStatus } from '../../sync/useConnectionStatus';
import { usePeers } from '../../sync/usePeers';
import { Icon } from '../../ui/icons';
import { StatusBadge, type StatusTone } from '../../ui/StatusBadge';
import { CollaborativeEditor } from './CollaborativeEditor';
import { NAME_MAX_LENGTH, useLocalUser } from './useLocalUser';

const TONES: Record<ConnectionStatus, StatusTone> = {
  connecting: 'busy',
  connected: 'ok',
  reconnecting: 'warning',
  offline: 'warning',
  refused: 'error',
};

export function DocumentPage({ id }: { id: string }) {
  const room = useCollabRoom(roomName('doc', id));
  const [user, setName] = useLocalUser();
  const [typedName, setTypedName] = useState(user.name);
  const nameId = useId();
  const hintId = useId();

  return (
    <main id="main" className="page">
      <div className="doc-header">
        <h1>{t.documentTitle}</h1>
        {room && <ConnectionLine room={room} />}
      </div>
      <div className="doc-bar">
        <div className="field field--inline">
          <label htmlFor={nameId} className="field__label">
            {t.yourName}
          </label>
          <input
            id={nameId}
            className="field__input"
            value={typedName}
            maxLength={NAME_MAX_LENGTH}
            autoComplete="nickname"
            aria-describedby={hintId}
            onChange={(e) => {
              setTypedName(e.target.value);
              setName(e.target.value);
            }}
          />
          <p id={hintId} className="field__hint">
            {t.yourNameHint}
          </p>
        </div>
        {room && <Peers room={room} />}
        <CopyLinkButton />
      </div>
      {room ? <CollaborativeEditor room={room} user={user} /> : <p className="muted">{t.loading}</p>}
    </main>
  );
}

function ConnectionLine({ room }: { room: CollabRoom }) {
  const status = useConnectionStatus(room.provider);
  return <StatusBadge tone={TONES[status]} text={t.status[status]} />;
}

function Peers({ room }: { room: CollabRoom }) {
  const peers = usePeers(room.provider.awareness);
  return (
    <div className="peers">
      <p className="peers__count">{t.othersHere(peers.length)}</p>
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
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      setTimeout(() => setCopied(false), 2500);
    } catch {
      window.prompt(t.shareHint, window.location.href);
    }
  };
  return (
    <div className="share">
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        <Icon name={copied ? 'check' : 'copy'} />
        <span>{copied ? t.linkCopied : t.copyLink}</span>
      </button>
      <p className="field__hint">{t.shareHint}</p>
    </div>
  );
}
