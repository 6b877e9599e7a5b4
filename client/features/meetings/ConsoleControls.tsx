import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, MeetingControl } from '../../../shared/schemas/meeting';
import type { MemberRole } from '../../../shared/schemas/member';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { COMMANDS, type CommandId, type ConsoleCommand, commandForKey } from './commands';

/** Sends a console command; the answer comes back through the meeting's room, like on every screen. */
export function useControl(meeting: Meeting) {
  const { werkgroepId, id: meetingId } = meeting;
  const { run, error } = useAction((control: MeetingControl) =>
    api('controlMeeting', { params: { werkgroepId, meetingId }, body: control }),
  );
  return { run, error };
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** PageDown / PageUp (what a presenter's clicker sends) move through the agenda, except while typing. */
export function useConsoleKeys(
  meeting: Meeting,
  role: MemberRole,
  run: (c: MeetingControl) => Promise<unknown>,
) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      const command = commandForKey(e.key, role, meeting);
      if (!command) return;
      e.preventDefault();
      void run(command.control);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [meeting, role, run]);
}

/** Buttons for a row of commands; a command that is not possible now is shown disabled. */
export function CommandButtons({
  ids,
  meeting,
  role,
  run,
  label,
  primary = [],
}: {
  ids: CommandId[];
  meeting: Meeting;
  role: MemberRole;
  run: (c: MeetingControl) => Promise<unknown>;
  label: string;
  primary?: CommandId[];
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<ConsoleCommand | null>(null);
  return (
    // A group of buttons with a name: screen readers say what the row is for.
    <fieldset className="console-buttons">
      <legend className="visually-hidden">{label}</legend>
      {ids.map((id) => {
        const c: ConsoleCommand = COMMANDS[id];
        return (
          <button
            key={id}
            type="button"
            className={`utrecht-button ${primary.includes(id) ? 'utrecht-button--primary-action' : 'utrecht-button--secondary-action'}`}
            disabled={!c.isAllowed(role, meeting)}
            aria-keyshortcuts={c.key}
            aria-haspopup={c.confirm ? 'dialog' : undefined}
            onClick={() => (c.confirm ? setAsking(c) : void run(c.control))}
          >
            {t(c.label)}
          </button>
        );
      })}
      {asking?.confirm && (
        <ConfirmDialog
          open
          title={t(`${asking.confirm}.title`)}
          text={t(`${asking.confirm}.text`)}
          confirm={t(`${asking.confirm}.yes`)}
          cancel={t(`${asking.confirm}.no`)}
          onConfirm={() => void run(asking.control)}
          onClose={() => setAsking(null)}
        />
      )}
    </fieldset>
  );
}

/** The timer's buttons: start or pause (whichever fits now), one minute more, and back to the timebox. */
export function TimerButtons({
  meeting,
  role,
  run,
}: {
  meeting: Meeting;
  role: MemberRole;
  run: (c: MeetingControl) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const toggle: CommandId = meeting.timer.endsAt ? 'timerPause' : 'timerStart';
  return (
    <CommandButtons
      ids={[toggle, 'addMinute', 'timerReset']}
      primary={[toggle]}
      meeting={meeting}
      role={role}
      run={run}
      label={t('meetings.timer.controls')}
    />
  );
}
