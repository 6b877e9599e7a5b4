import './meetings.css';
import './live.css';
import '../votes/votes.css';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../shared/permissions';
import type { Meeting } from '../../../shared/schemas/meeting';
import type { MemberRole } from '../../../shared/schemas/member';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { NotFoundPage } from '../static/NotFoundPage';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import { AgendaItemLabel } from './AgendaItemLabel';
import { ConnectedList } from './ConnectedList';
import { CommandButtons, TimerButtons, useConsoleKeys, useControl } from './ConsoleControls';
import { ConsoleSide } from './ConsoleSide';
import { COMMANDS } from './commands';
import { HandsList } from './HandsList';
import { ItemContent } from './ItemContent';
import { MeetingHeader } from './MeetingHeader';
import { MeetingTimer } from './MeetingTimer';
import { currentItem, meetingPaths } from './model';
import { NotesField } from './NotesField';
import { useAnnouncer } from './useAnnouncer';
import { useMeeting } from './useMeeting';
import type { MeetingRoomState } from './useMeetingRoom';

const CONSOLE = { device: 'console', where: 'zaal' } as const;

/** The facilitator's console: runs the agenda, the timer, "iedereen naar mij", votes, boards and minutes. */
export function ConsolePage() {
  const { t } = useTranslation();
  const { detail } = useWerkgroep();
  const werkgroepId = detail.werkgroep.id;
  const { meeting, live, fetched, missing } = useMeeting(werkgroepId, CONSOLE);
  const announcement = useAnnouncer(live.meeting, live.hands);
  if (missing) return <NotFoundPage />;
  if (!meeting)
    return fetched.state === 'error' ? (
      <ErrorState error={fetched.error} onRetry={fetched.reload} />
    ) : (
      <Loading />
    );
  const paths = meetingPaths(werkgroepId, meeting.id);
  if (!can(detail.me.role, 'meeting.manage'))
    return (
      <div className="page page--narrow">
        <Heading1>{meeting.title}</Heading1>
        <Paragraph>{t('meetings.console.onlyFacilitator')}</Paragraph>
        <Link to={paths.participant} className="utrecht-link">
          {t('meetings.join')}
        </Link>
      </div>
    );
  return (
    <div className="page meeting-console">
      <MeetingHeader meeting={meeting} connection={live.connection} page="console" />
      <ConsoleBody meeting={meeting} live={live} role={detail.me.role} />
      <div aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
    </div>
  );
}

function ConsoleBody({
  meeting,
  live,
  role,
}: {
  meeting: Meeting;
  live: MeetingRoomState;
  role: MemberRole;
}) {
  const { t } = useTranslation();
  const { room } = useWerkgroep();
  const { run, error } = useControl(meeting);
  useConsoleKeys(meeting, role, run);
  const now = currentItem(meeting);
  const errorLine = <div role="status">{error && <p className="form-error">{error}</p>}</div>;

  if (meeting.status !== 'running')
    return (
      <section className="panel" aria-labelledby="console-agenda-h">
        <h2 className="utrecht-heading-2" id="console-agenda-h">
          {t('meetings.agenda')}
        </h2>
        <AgendaList meeting={meeting} />
        {meeting.status === 'planned' && (
          <>
            <Paragraph>{t('meetings.console.startHint')}</Paragraph>
            <CommandButtons
              ids={['start']}
              primary={['start']}
              meeting={meeting}
              role={role}
              run={run}
              label={t('meetings.console.startLabel')}
            />
          </>
        )}
        {errorLine}
      </section>
    );

  return (
    <>
      <div className="console-grid">
        <section className="panel console-now" aria-labelledby="console-now-h">
          <h2 className="console-now__position" id="console-now-h">
            {now ? t('meetings.itemOf', { number: now.number, of: now.of }) : t('meetings.noAgenda')}
          </h2>
          {now && (
            <>
              <h3 className="console-now__title">{now.item.title}</h3>
              <div className="console-now__row">
                <MeetingTimer
                  timer={meeting.timer}
                  fullSeconds={now.item.minutes * 60}
                  className="console-now__timer"
                />
                <TimerButtons meeting={meeting} role={role} run={run} />
              </div>
              <div className="console-now__row">
                <CommandButtons
                  ids={['previous', 'next']}
                  primary={['next']}
                  meeting={meeting}
                  role={role}
                  run={run}
                  label={t('meetings.console.navLabel')}
                />
                <button
                  type="button"
                  className={`utrecht-button ${meeting.followMe ? 'utrecht-button--primary-action' : 'utrecht-button--secondary-action'}`}
                  aria-pressed={meeting.followMe}
                  onClick={() =>
                    void run((meeting.followMe ? COMMANDS.followOff : COMMANDS.followOn).control)
                  }
                >
                  {t('meetings.console.followMe')}
                </button>
              </div>
              <p className="muted console-now__hint">
                {meeting.followMe ? t('meetings.console.followOnHint') : t('meetings.console.followOffHint')}{' '}
                {t('meetings.console.keys')}
              </p>
              {errorLine}
              <ItemContent item={now.item} werkgroepId={meeting.werkgroepId} room={room} mode="console" />
              <NotesField
                key={now.item.id}
                werkgroepId={meeting.werkgroepId}
                meetingId={meeting.id}
                itemId={now.item.id}
                itemTitle={now.item.title}
                stored={meeting.notes[now.item.id] ?? ''}
              />
            </>
          )}
        </section>
        <div className="console-side">
          <section className="panel" aria-labelledby="console-hands-h">
            <h2 className="utrecht-heading-2" id="console-hands-h">
              {t('meetings.hands.title', { count: live.hands.length })}
            </h2>
            <HandsList
              hands={live.hands}
              lower={{ werkgroepId: meeting.werkgroepId, meetingId: meeting.id }}
            />
          </section>
          <section className="panel" aria-labelledby="console-connected-h">
            <h2 className="utrecht-heading-2" id="console-connected-h">
              {t('meetings.connected.title')}
            </h2>
            <ConnectedList peers={live.peers} />
          </section>
          <ConsoleSide meeting={meeting} live={live} run={run} />
        </div>
      </div>
      <section className="panel" aria-labelledby="console-agenda-h">
        <h2 className="utrecht-heading-2" id="console-agenda-h">
          {t('meetings.agenda')}
        </h2>
        <AgendaList meeting={meeting} onGoto={(itemId) => void run({ action: 'goto', itemId })} />
        <CommandButtons
          ids={['end']}
          meeting={meeting}
          role={role}
          run={run}
          label={t('meetings.console.endLabel')}
        />
      </section>
    </>
  );
}

/** The agenda in order, the current item marked; on the console each item has a "go to" button. */
export function AgendaList({ meeting, onGoto }: { meeting: Meeting; onGoto?: (itemId: string) => void }) {
  const { t } = useTranslation();
  return (
    <ol className="agenda">
      {meeting.agenda.map((item, i) => {
        const current = item.id === meeting.currentItemId && meeting.status === 'running';
        return (
          <li
            key={item.id}
            className={`agenda__item${current ? ' agenda__item--current' : ''}`}
            aria-current={current ? 'step' : undefined}
          >
            <AgendaItemLabel number={i + 1} item={item} current={current} />
            {onGoto && !current && (
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle agenda__goto"
                onClick={() => onGoto(item.id)}
              >
                {t('meetings.console.goto', { number: i + 1 })}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
