import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_LIMITS, type Board, type UpdateBoard } from '../../../shared/schemas/board';
import { useSecondsLeft } from './BoardTimer';
import { BoardIcon } from './icons';

/**
 * The facilitator's controls: lock the board, run a silent round and reveal notes (everyone's, or one
 * group's to compare how residents and officials see it), and the timer everyone sees.
 */
export function FacilitatorPanel({
  board,
  onPatch,
}: {
  board: Board;
  onPatch: (change: UpdateBoard) => void;
}) {
  const { t } = useTranslation();
  const ids = { minutes: useId() };
  const [minutes, setMinutes] = useState('5');
  const left = useSecondsLeft(board.timer);
  const running = board.timer.endsAt !== null && left !== 0;
  const paused = board.timer.endsAt === null && board.timer.pausedSeconds !== null;
  // On a phone the controls start folded, so the board itself is in sight.
  const [open] = useState(() => !window.matchMedia('(max-width: 40rem)').matches);

  const start = (e: FormEvent) => {
    e.preventDefault();
    const m = Number(minutes);
    if (!Number.isFinite(m) || m <= 0) return;
    const seconds = Math.min(BOARD_LIMITS.timerMaxSeconds, Math.round(m * 60));
    onPatch({ timer: { action: 'start', seconds } });
  };
  const button = 'utrecht-button utrecht-button--secondary-action';

  return (
    <details className="panel board-facilitator" open={open}>
      <summary className="board-facilitator__summary">{t('boards.facilitator.title')}</summary>
      <div className="board-facilitator__groups">
        <fieldset className="board-facilitator__group">
          <legend className="board-facilitator__legend">{t('boards.facilitator.lockGroup')}</legend>
          <button type="button" className={button} onClick={() => onPatch({ locked: !board.locked })}>
            <BoardIcon name={board.locked ? 'unlock' : 'lock'} />
            {board.locked ? t('boards.facilitator.unlock') : t('boards.facilitator.lock')}
          </button>
        </fieldset>
        <fieldset className="board-facilitator__group">
          <legend className="board-facilitator__legend">{t('boards.facilitator.silentGroup')}</legend>
          {board.silent ? (
            <>
              <span className="board-facilitator__label">{t('boards.facilitator.reveal')}</span>
              {(['all', 'bewoners', 'ambtenaren'] as const).map((g) => (
                <button key={g} type="button" className={button} onClick={() => onPatch({ reveal: g })}>
                  <BoardIcon name="eye" />
                  {t(`boards.facilitator.revealWho.${g}`)}
                </button>
              ))}
              <button
                type="button"
                className="utrecht-button utrecht-button--primary-action"
                onClick={() => onPatch({ silent: false })}
              >
                {t('boards.facilitator.silentStop')}
              </button>
            </>
          ) : (
            <button type="button" className={button} onClick={() => onPatch({ silent: true })}>
              <BoardIcon name="eyeOff" />
              {t('boards.facilitator.silentStart')}
            </button>
          )}
        </fieldset>
        <fieldset className="board-facilitator__group">
          <legend className="board-facilitator__legend">{t('boards.facilitator.timerGroup')}</legend>
          {running || paused ? (
            <>
              <button
                type="button"
                className={button}
                onClick={() => onPatch({ timer: { action: paused ? 'resume' : 'pause' } })}
              >
                {paused ? t('boards.facilitator.timerResume') : t('boards.facilitator.timerPause')}
              </button>
              <button
                type="button"
                className={button}
                onClick={() => onPatch({ timer: { action: 'clear' } })}
              >
                {t('boards.facilitator.timerClear')}
              </button>
            </>
          ) : (
            <form className="board-facilitator__timer" onSubmit={start}>
              <label htmlFor={ids.minutes}>{t('boards.facilitator.minutes')}</label>
              <input
                id={ids.minutes}
                type="number"
                min={1}
                max={BOARD_LIMITS.timerMaxSeconds / 60}
                inputMode="numeric"
                className="utrecht-textbox utrecht-textbox--html-input board-facilitator__minutes"
                value={minutes}
                onChange={(e) => setMinutes(e.target.value)}
              />
              <button type="submit" className={button}>
                <BoardIcon name="clock" />
                {t('boards.facilitator.timerStart')}
              </button>
              {board.timer.endsAt !== null && (
                <button
                  type="button"
                  className={button}
                  onClick={() => onPatch({ timer: { action: 'clear' } })}
                >
                  {t('boards.facilitator.timerClear')}
                </button>
              )}
            </form>
          )}
        </fieldset>
      </div>
    </details>
  );
}
