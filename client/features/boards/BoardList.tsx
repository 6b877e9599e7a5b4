import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardActions } from './BoardActions';
import { BoardIcon } from './icons';
import { type BoardContent, groupByFrame, type PlacedFrame, type PlacedNote } from './model';
import { NoteMeta } from './NoteMeta';

/**
 * The board as a list: each frame a heading with its notes, then the notes on no frame. The same
 * content and actions as the canvas, for screen readers, keyboards and small phones.
 */
export function BoardList({ content, actions }: { content: BoardContent; actions: BoardActions }) {
  const { t } = useTranslation();
  const grouped = groupByFrame(content);
  const looseId = useId();
  return (
    <div className="board-list">
      {grouped.frames.map(({ frame, notes }) => (
        <FrameSection key={frame.id} frame={frame} notes={notes} actions={actions} />
      ))}
      <section className="board-list__frame" aria-labelledby={looseId}>
        <div className="board-list__head">
          <h2 className="utrecht-heading-2" id={looseId}>
            {t('boards.list.loose')}
          </h2>
        </div>
        <NoteItems notes={grouped.loose} actions={actions} />
      </section>
    </div>
  );
}

function FrameSection({
  frame,
  notes,
  actions,
}: {
  frame: PlacedFrame;
  notes: PlacedNote[];
  actions: BoardActions;
}) {
  const { t } = useTranslation();
  const id = useId();
  const locked = frame.room === 'locked';
  const title = frame.title || t('boards.frame.untitled');
  return (
    <section
      className={`board-list__frame${locked ? ' board-list__frame--locked' : ''}`}
      aria-labelledby={id}
    >
      <div className="board-list__head">
        <h2 className="utrecht-heading-2" id={id}>
          {locked && <BoardIcon name="lock" size={24} />}
          {title}
          {locked && <span className="visually-hidden"> ({t('boards.flags.locked')})</span>}
        </h2>
        <div className="board-list__actions">
          {actions.rights.placeIn(frame) && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              aria-label={`${t('boards.list.addHere')}: ${title}`}
              onClick={() => actions.newNote(frame.id)}
            >
              {t('boards.list.addHere')}
            </button>
          )}
          {actions.rights.editFrame(frame) && (
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle"
              data-focus-id={frame.id}
              aria-label={`${t('boards.frame.edit')}: ${title}`}
              onClick={() => actions.editFrame(frame)}
            >
              {t('boards.frame.edit')}
            </button>
          )}
          {actions.rights.manage && (
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle"
              aria-pressed={locked}
              aria-label={`${t('boards.frame.lock')}: ${title}`}
              onClick={() => actions.toggleFrameLock(frame)}
            >
              <BoardIcon name={locked ? 'lock' : 'unlock'} size={20} />
              {t('boards.frame.lock')}
            </button>
          )}
        </div>
      </div>
      {locked && <p className="board-locked-note">{t('boards.locked.frame')}</p>}
      <NoteItems notes={notes} actions={actions} />
    </section>
  );
}

function NoteItems({ notes, actions }: { notes: PlacedNote[]; actions: BoardActions }) {
  const { t } = useTranslation();
  if (notes.length === 0) return <p className="muted">{t('boards.list.empty')}</p>;
  return (
    <ul className="board-list__notes">
      {notes.map((n) => {
        const editable = actions.rights.editNote(n);
        const short = n.text.length > 40 ? `${n.text.slice(0, 40)}…` : n.text;
        return (
          <li key={n.id} className={`board-list__note note--${n.color}`}>
            <p className="board-list__text">{n.text || t('boards.note.empty')}</p>
            <p className="board-list__meta">
              <NoteMeta note={n} />
              <span className="muted">{t(`boards.colors.${n.color}`)}</span>
            </p>
            {editable && (
              <div className="board-list__actions">
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action"
                  data-focus-id={n.id}
                  aria-label={`${t('boards.note.edit')}: ${short}`}
                  onClick={() => actions.editNote(n)}
                >
                  {t('boards.note.edit')}
                </button>
                <button
                  type="button"
                  className="utrecht-button utrecht-button--subtle"
                  aria-label={`${t('boards.note.delete')}: ${short}`}
                  onClick={() => actions.deleteNote(n)}
                >
                  {t('boards.note.delete')}
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
