import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardTimer as Timer } from '../../../shared/schemas/board';
import { BoardIcon } from './icons';
import { useServerClockOffset } from './useServerClock';

/** Seconds left on the board's timer (null: no timer), ticking while it runs, by the server's clock. */
export function useSecondsLeft(timer: Timer): number | null {
  const offset = useServerClockOffset();
  const [local, setLocal] = useState(() => Date.now());
  useEffect(() => {
    if (!timer.endsAt) return;
    const id = setInterval(() => setLocal(Date.now()), 250);
    return () => clearInterval(id);
  }, [timer.endsAt]);
  const now = local + offset;
  if (timer.endsAt) return Math.max(0, Math.ceil((Date.parse(timer.endsAt) - now) / 1000));
  return timer.pausedSeconds;
}

export const formatSeconds = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

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
