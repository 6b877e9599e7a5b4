import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/schemas/meeting';
import { countdownOf, formatSeconds, secondsLeft } from '../../../shared/time/countdown';
import { useServerNow } from '../../sync/useServerNow';

/**
 * The countdown of the current agenda item, by the server's clock, so the console, the screen and
 * every phone show the same second. At zero it says so and glows a few times: no sound, because in a
 * community centre a beep from thirty phones is not gentle. A screen reader hears it once.
 */
export function MeetingTimer({
  timer,
  fullSeconds,
  className = '',
}: {
  timer: Meeting['timer'];
  /** The item's whole timebox: a paused timer that still has all of it has not started yet. */
  fullSeconds: number;
  className?: string;
}) {
  const { t } = useTranslation();
  const now = useServerNow(timer.endsAt !== null);
  const left = secondsLeft(countdownOf(timer), now) ?? 0;
  const done = left === 0;
  const state = done
    ? 'done'
    : timer.endsAt !== null
      ? 'running'
      : timer.remainingSeconds >= fullSeconds
        ? 'notStarted'
        : 'paused';
  return (
    <div className={`meeting-timer meeting-timer--${state} ${className}`}>
      <span role="timer" aria-label={t('meetings.timer.label')} className="meeting-timer__time">
        {formatSeconds(left)}
      </span>
      {state !== 'running' && <span className="meeting-timer__state">{t(`meetings.timer.${state}`)}</span>}
      <span role="status" className="visually-hidden">
        {done ? t('meetings.timer.done') : ''}
      </span>
    </div>
  );
}
