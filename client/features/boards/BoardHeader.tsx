import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Awareness } from 'y-protocols/awareness';
import type { Board } from '../../../shared/schemas/board';
import { roleGroup } from '../../../shared/schemas/member';
import type { CollabRoom } from '../../sync/useCollabRoom';
import { usePeers } from '../../sync/usePeers';
import { type SaveState, useCombinedSaveState } from '../../sync/useSaveState';
import { StatusBadge, type StatusTone } from '../../ui/StatusBadge';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import type { BoardRoomSet } from './useBoardRooms';

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

/** Back link, title, whether my changes are stored, and who else is on the board. */
export function BoardHeader({
  board,
  rooms,
  awareness,
}: {
  board: Board;
  rooms: BoardRoomSet;
  awareness: Awareness | null;
}) {
  const { t } = useTranslation();
  const { detail } = useWerkgroep();
  const list = useMemo(() => Object.values(rooms).filter((r): r is CollabRoom => r !== undefined), [rooms]);
  return (
    <>
      <p className="board-back">
        <Link to={`/w/${detail.werkgroep.id}/borden`} className="utrecht-link">
          {t('boards.back')}
        </Link>
      </p>
      <div className="doc-header board-header">
        <Heading1>{board.title}</Heading1>
        <SaveLine rooms={list} />
      </div>
      {awareness && <Peers awareness={awareness} />}
    </>
  );
}

function SaveLine({ rooms }: { rooms: CollabRoom[] }) {
  const { t } = useTranslation();
  const state = useCombinedSaveState(rooms);
  return <StatusBadge tone={TONES[state]} text={t(`save.${state}`)} />;
}

function Peers({ awareness }: { awareness: Awareness }) {
  const { t } = useTranslation();
  // One chip per person: someone with the board open in two tabs is one person here.
  const all = usePeers(awareness);
  const peers = all.filter((p, i) => all.findIndex((q) => q.name === p.name && q.role === p.role) === i);
  return (
    <div className="peers board-peers">
      <Paragraph className="peers__count">{t('boards.othersHere', { count: peers.length })}</Paragraph>
      {peers.length > 0 && (
        <ul className="chips">
          {peers.map((p) => (
            <li key={p.clientId} className={`chip chip--${p.role ? roleGroup(p.role) : 'observers'}`}>
              {p.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
