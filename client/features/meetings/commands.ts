import { can } from '../../../shared/permissions';
import type { Meeting, MeetingControl } from '../../../shared/schemas/meeting';
import type { MemberRole } from '../../../shared/schemas/member';

/**
 * The console's actions as named commands: the buttons, the keyboard shortcuts (a presenter's
 * clicker sends PageDown/PageUp) and the tests use the same list. The server checks every one again.
 */
export interface ConsoleCommand {
  id: string;
  /** i18n key of the button's text. */
  label: string;
  /** `KeyboardEvent.key` that runs it on the console (not while typing); never a single character. */
  key?: string;
  isAllowed: (role: MemberRole, meeting: Meeting) => boolean;
  control: MeetingControl;
  /** i18n key prefix of a question asked first (`.title`, `.text`, `.yes`, `.no`): it cannot be undone. */
  confirm?: string;
}

const running = (role: MemberRole, m: Meeting) => can(role, 'meeting.manage') && m.status === 'running';
const index = (m: Meeting) => m.agenda.findIndex((i) => i.id === m.currentItemId);
const timerRuns = (m: Meeting) => m.timer.endsAt !== null;

export const COMMANDS = {
  start: {
    id: 'start',
    label: 'meetings.console.start',
    isAllowed: (role, m) => can(role, 'meeting.manage') && m.status === 'planned',
    control: { action: 'start' },
  },
  end: {
    id: 'end',
    label: 'meetings.console.end',
    isAllowed: running,
    control: { action: 'end' },
    // The code stops working at once and the meeting cannot start again: one click is too easy.
    confirm: 'meetings.console.endConfirm',
  },
  previous: {
    id: 'previous',
    label: 'meetings.console.previous',
    key: 'PageUp',
    isAllowed: (role, m) => running(role, m) && index(m) > 0,
    control: { action: 'previous' },
  },
  next: {
    id: 'next',
    label: 'meetings.console.next',
    key: 'PageDown',
    isAllowed: (role, m) => running(role, m) && index(m) < m.agenda.length - 1,
    control: { action: 'next' },
  },
  timerStart: {
    id: 'timerStart',
    label: 'meetings.timer.start',
    isAllowed: (role, m) => running(role, m) && !timerRuns(m) && m.timer.remainingSeconds > 0,
    control: { action: 'timer', timer: 'start' },
  },
  timerPause: {
    id: 'timerPause',
    label: 'meetings.timer.pause',
    isAllowed: (role, m) => running(role, m) && timerRuns(m),
    control: { action: 'timer', timer: 'pause' },
  },
  addMinute: {
    id: 'addMinute',
    label: 'meetings.timer.addMinute',
    isAllowed: (role, m) => running(role, m) && m.currentItemId !== null,
    control: { action: 'timer', timer: 'addMinute' },
  },
  timerReset: {
    id: 'timerReset',
    label: 'meetings.timer.reset',
    isAllowed: (role, m) => running(role, m) && m.currentItemId !== null,
    control: { action: 'timer', timer: 'reset' },
  },
  followOn: {
    id: 'followOn',
    label: 'meetings.console.followOn',
    isAllowed: (role, m) => running(role, m) && !m.followMe,
    control: { action: 'followMe', on: true },
  },
  followOff: {
    id: 'followOff',
    label: 'meetings.console.followOff',
    isAllowed: (role, m) => running(role, m) && m.followMe,
    control: { action: 'followMe', on: false },
  },
  newCode: {
    id: 'newCode',
    label: 'meetings.joinPanel.newCode',
    isAllowed: running,
    control: { action: 'newCode' },
  },
} as const satisfies Record<string, ConsoleCommand>;

export type CommandId = keyof typeof COMMANDS;

/** The command a key press on the console stands for, if it is allowed now. */
export function commandForKey(key: string, role: MemberRole, meeting: Meeting): ConsoleCommand | null {
  const found = Object.values(COMMANDS).find((c: ConsoleCommand) => c.key === key);
  return found?.isAllowed(role, meeting) ? found : null;
}
