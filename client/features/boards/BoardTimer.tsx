import { useTranslation } from 'react-i18next';
import type { BoardTimer as Timer } from '../../../shared/schemas/board';
import { countdownOf, formatSeconds, secondsLeft } from '../../../shared/time/countdown';
import { useServerNow } from '../../sync/useServerNow';
import { BoardIcon } from './icons';

/** Seconds left on the board's timer (null: no timer), ticking while it runs, by the server's clock. */
export function useSecondsLeft(timer: Timer): number | null {
  const now = useServerNow(timer.endsAt !== null);
  return secondsLeft(countdownOf(timer), now);
}

/**
 * The countdown everyone sees. At zero it says so and glows a few times (no sound: in a meeting
 * room a beep from thirty phones is not gentle); a screen reader hears it once.
 */
export function BoardTimer({ timer }: { timer: Timer }) {
  const { t } = useTranslation();
  const left = useSecondsLeft(timer);
  if (left === null) return null;
  const done = left === 0;
  const paused = timer.endsAt === null;
  return (
    <div className={`board-timer${done ? ' board-timer--done' : ''}${paused ? ' board-timer--paused' : ''}`}>
      <BoardIcon name="clock" size={24} />
      <span role="timer" aria-label={t('boards.timer.label')} className="board-timer__time">
        {done ? t('boards.timer.done') : formatSeconds(left)}
      </span>
      {paused && !done && <span className="board-timer__paused">{t('boards.timer.paused')}</span>}
      <span role="status" className="visually-hidden">
        {done ? t('boards.timer.done') : ''}
      </span>
    </div>
  );
}
