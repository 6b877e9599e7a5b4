import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type * as Y from 'yjs';
import { type Note, readNotes } from '../../../shared/sync/boardDoc';
import { roomName } from '../../../shared/sync/rooms';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useResource } from '../../api/useResource';
import { useLiveBoards } from '../boards/useLiveBoards';
import type { ContentMode } from './LinkedVote';
import { useRoomReader } from './useRoomReader';

const NO_NOTES: Note[] = [];
/** On the screen only as many notes as stay readable from the back of the room. */
const SCREEN_NOTES = 9;

/** A board's record, live from the werkgroep's room (a reveal reaches every screen without reloading). */
function useBoard(werkgroepId: string, boardId: string, room: Y.Doc | null) {
  const live = useLiveBoards(room).find((b) => b.id === boardId) ?? null;
  const fetched = useResource(live ? null : `meeting-board:${boardId}`, () =>
    api('getBoard', { params: { werkgroepId, boardId } }),
  );
  return { board: live ?? fetched.data, failed: fetched.state === 'error' };
}

/** The notes on a board (open and locked frames; hidden notes of a silent round stay with their writers). */
function useBoardNotes(boardId: string): Note[] {
  const open = useRoomReader(roomName('board', boardId), readNotes, NO_NOTES);
  const locked = useRoomReader(roomName('boardlock', boardId), readNotes, NO_NOTES);
  return useMemo(
    () =>
      [...open, ...locked]
        .filter((n) => n.text.trim() !== '')
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    [open, locked],
  );
}

/** The board of an agenda item: its notes to read along, and on the console the silent round's reveal. */
export function LinkedBoard({
  werkgroepId,
  boardId,
  room,
  mode,
}: {
  werkgroepId: string;
  boardId: string;
  room: Y.Doc | null;
  mode: ContentMode;
}) {
  const { t } = useTranslation();
  const { board, failed } = useBoard(werkgroepId, boardId, room);
  const notes = useBoardNotes(boardId);
  const reveal = useAction(() =>
    api('updateBoard', { params: { werkgroepId, boardId }, body: { reveal: 'all' } }),
  );
  if (!board) return failed ? <p>{t('meetings.content.boardGone')}</p> : null;
  const shown = mode === 'screen' ? notes.slice(-SCREEN_NOTES) : notes;
  return (
    <div className={`linked linked--board linked--${mode}`}>
      <div className="linked__head">
        <p className="linked__kind">{t('meetings.content.board')}</p>
        <p className="linked__title">{board.title}</p>
      </div>
      {board.silent && <p className="linked__flag">{t('meetings.content.silent')}</p>}
      {mode === 'console' && board.silent && (
        <div className="linked__controls">
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => void reveal.run()}
          >
            {t('meetings.content.reveal')}
          </button>
          <div role="status">{reveal.error && <p className="form-error">{reveal.error}</p>}</div>
        </div>
      )}
      {shown.length > 0 ? (
        <ul className="linked__notes" aria-label={t('meetings.content.notes', { count: notes.length })}>
          {shown.map((n) => (
            <li key={n.id} className={`linked__note linked__note--${n.color}`}>
              {n.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('meetings.content.noNotes')}</p>
      )}
      {mode === 'screen' && notes.length > shown.length && (
        <p>{t('meetings.content.moreNotes', { count: notes.length - shown.length })}</p>
      )}
      {mode !== 'screen' && (
        <p>
          <Link to={`/w/${werkgroepId}/borden/${boardId}`} className="utrecht-link">
            {t('meetings.content.openBoard')}
          </Link>
        </p>
      )}
    </div>
  );
}
