import '../votes/votes.css';
import './boards.css';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { can } from '../../../shared/permissions';
import type { Board, UpdateBoard } from '../../../shared/schemas/board';
import { memberGroup } from '../../../shared/schemas/member';
import { CloseCode } from '../../../shared/sync/closeCodes';
import { isRoomId } from '../../../shared/sync/rooms';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useResource } from '../../api/useResource';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { ROLE_COLORS } from '../document/roleColors';
import { NotFoundPage } from '../static/NotFoundPage';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import { BoardCanvas } from './BoardCanvas';
import { BoardHeader } from './BoardHeader';
import { BoardList } from './BoardList';
import { BoardTimer } from './BoardTimer';
import { DotRoundPanel } from './DotRoundPanel';
import { FacilitatorPanel } from './FacilitatorPanel';
import { BoardIcon } from './icons';
import { boardRights } from './model';
import { ToDocumentPanel } from './ToDocumentPanel';
import { useBoardActions } from './useBoardActions';
import { useBoardContent, useBoardRooms } from './useBoardRooms';
import { useLiveBoards } from './useLiveBoards';
import { useViewMode } from './useViewMode';

export function BoardPage() {
  const { boardId = '' } = useParams();
  if (!isRoomId(boardId)) return <NotFoundPage />;
  return <LoadedBoard key={boardId} boardId={boardId} />;
}

/** The board's record: live from the werkgroep's room, else the last answer of the API. */
function LoadedBoard({ boardId }: { boardId: string }) {
  const { detail, room } = useWerkgroep();
  const params = { werkgroepId: detail.werkgroep.id, boardId };
  const fetched = useResource(`board:${boardId}`, () => api('getBoard', { params }));
  const [changed, setChanged] = useState<Board | null>(null);
  const live = useLiveBoards(room).find((b) => b.id === boardId) ?? null;
  const board = live ?? changed ?? fetched.data;
  if (!board)
    return fetched.state === 'error' ? (
      <ErrorState error={fetched.error} onRetry={fetched.reload} />
    ) : (
      <Loading />
    );
  return <OpenBoard board={board} onChanged={setChanged} />;
}

function OpenBoard({ board, onChanged }: { board: Board; onChanged: (b: Board) => void }) {
  const { t } = useTranslation();
  const { detail, reload } = useWerkgroep();
  const me = detail.me;
  const rights = boardRights(me.role, board);
  // My own room for hidden notes exists only during a silent round, and only for those who write.
  const rooms = useBoardRooms(board.id, me.id, board.silent && can(me.role, 'board.create'));
  const content = useBoardContent(rooms);
  const [mode, setMode] = useViewMode();
  const [status, setStatus] = useState('');
  // Empty first, so the same message twice in a row (the frame is still locked) is read out again.
  const announce = useCallback((message: string) => {
    setStatus('');
    requestAnimationFrame(() => setStatus(message));
  }, []);
  const awareness = rooms.board?.provider.awareness ?? null;
  const { actions, dialogs, centerRef } = useBoardActions({
    board,
    rights,
    rooms,
    content,
    author: { memberId: me.id, name: me.displayName, group: memberGroup(me.role) },
    announce,
    onChanged,
  });

  // My presence on the board (the server stamps name and role; the colour is the role group's).
  useEffect(() => {
    awareness?.setLocalStateField('user', { color: ROLE_COLORS[me.role] });
  }, [awareness, me.role]);

  // When my rights change the server closes my sockets: fetch my new role while they reconnect.
  useEffect(() => {
    const provider = rooms.board?.provider;
    if (!provider) return;
    const onClose = (event: CloseEvent | null) => {
      if (event?.code === CloseCode.RightsChanged) reload();
    };
    provider.on('connection-close', onClose);
    return () => provider.off('connection-close', onClose);
  }, [rooms.board, reload]);

  const patch = useAction(
    async (change: UpdateBoard) => {
      onChanged(
        await api('updateBoard', {
          params: { werkgroepId: detail.werkgroep.id, boardId: board.id },
          body: change,
        }),
      );
    },
    { onError: announce },
  );

  return (
    <div className="page board-page">
      <BoardHeader board={board} rooms={rooms} awareness={awareness} />
      <div className="board-notices">
        <BoardTimer timer={board.timer} />
        {board.silent && (
          <Alert type="info" className="board-notice">
            <Paragraph>
              <BoardIcon name="eyeOff" /> {t('boards.silentNotice')}
            </Paragraph>
          </Alert>
        )}
        {board.locked && (
          <Alert type="warning" className="board-notice">
            <Paragraph>
              <BoardIcon name="lock" /> {t('boards.locked.board')}
            </Paragraph>
          </Alert>
        )}
        {!can(me.role, 'board.create') && (
          <Alert type="info" className="board-notice">
            <Paragraph>{t(me.role === 'guest' ? 'werkgroep.guestReadOnly' : 'boards.readOnly')}</Paragraph>
          </Alert>
        )}
      </div>
      {rights.manage && <FacilitatorPanel board={board} onPatch={(c) => void patch.run(c)} />}
      <div className="board-controls">
        <fieldset className="board-view-toggle">
          <legend className="visually-hidden">{t('boards.view.label')}</legend>
          {(['canvas', 'list'] as const).map((m) => (
            <button
              key={m}
              type="button"
              className="board-view-toggle__button"
              aria-pressed={mode === m}
              onClick={() => setMode(m)}
            >
              <BoardIcon name={m} />
              {t(`boards.view.${m}`)}
            </button>
          ))}
        </fieldset>
        <p role="status" className="board-status">
          {status}
        </p>
        {rights.write && (
          <div className="board-controls__add">
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              onClick={() => actions.newNote()}
            >
              <BoardIcon name="note" />
              {t('boards.note.new')}
            </button>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={actions.newFrame}
            >
              <BoardIcon name="frame" />
              {t('boards.frame.new')}
            </button>
          </div>
        )}
      </div>
      {mode === 'canvas' ? (
        <BoardCanvas content={content} actions={actions} awareness={awareness} centerRef={centerRef} />
      ) : (
        <BoardList content={content} actions={actions} />
      )}
      {/* After the brainstorm: choose together (dots), and take the outcome into a document. */}
      <div className="panels board-more">
        <DotRoundPanel board={board} role={me.role} />
        {can(me.role, 'document.write') && (
          <ToDocumentPanel
            board={board}
            frames={content.frames}
            notes={content.notes.filter((n) => n.room !== 'mine')}
          />
        )}
      </div>
      {dialogs}
    </div>
  );
}
