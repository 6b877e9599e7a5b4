import { Heading1 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../shared/permissions';
import type { Meeting } from '../../../shared/schemas/meeting';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import { meetingPaths } from './model';
import type { Connection } from './useMeetingRoom';

/** When and where, in the reader's language: "donderdag 3 december 2026 · 19:30 · Buurthuis De Boog". */
export function useWhenWhere(meeting: Meeting): string {
  const { i18n } = useTranslation();
  // Noon, so no time zone moves the day.
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full' }).format(
    new Date(`${meeting.date}T12:00`),
  );
  return [date, meeting.startTime, meeting.place].filter(Boolean).join(' · ');
}

/** Whether this page hears the meeting live; said in words, not only by colour. */
export function ConnectionBadge({ connection }: { connection: Connection }) {
  const { t } = useTranslation();
  return (
    <p className={`connection connection--${connection}`} role="status">
      <span className="connection__dot" aria-hidden="true" />
      {t(`meetings.connection.${connection}`)}
    </p>
  );
}

/** Title, when and where, status, and the way to the meeting's other pages. */
export function MeetingHeader({
  meeting,
  connection,
  page,
}: {
  meeting: Meeting;
  connection: Connection;
  page: 'console' | 'participant';
}) {
  const { t } = useTranslation();
  const { detail } = useWerkgroep();
  const paths = meetingPaths(meeting.werkgroepId, meeting.id);
  const manages = can(detail.me.role, 'meeting.manage');
  const whenWhere = useWhenWhere(meeting);
  const link = (key: string, to: string, label: string) => ({
    key,
    node: (
      <Link to={to} className="utrecht-link">
        {label}
      </Link>
    ),
  });
  // Participants get only what helps them; the facilitator gets the way to every page of the meeting.
  const links = [
    manages &&
      page !== 'console' &&
      meeting.status !== 'ended' &&
      link('console', paths.console, t('meetings.toConsole')),
    page === 'console' && link('participant', paths.participant, t('meetings.toParticipant')),
    manages &&
      meeting.status !== 'ended' && {
        key: 'screen',
        node: (
          // A window of its own: it goes to the projector while the console stays on the laptop.
          <a href={paths.screen} target="_blank" rel="noopener" className="utrecht-link">
            {t('meetings.toScreenNewWindow')}
          </a>
        ),
      },
    (meeting.status === 'ended' || (manages && meeting.status === 'running')) &&
      link('minutes', paths.minutes, t('meetings.toMinutes')),
  ].filter((l) => l !== false);
  return (
    <header className="meeting-header">
      <p className="meeting-header__back">
        <Link to={`/w/${meeting.werkgroepId}/bijeenkomsten`} className="utrecht-link">
          {t('meetings.back')}
        </Link>
      </p>
      <Heading1>
        {page === 'console' ? t('meetings.console.title', { title: meeting.title }) : meeting.title}
      </Heading1>
      <div className="meeting-header__status">
        {(page === 'console' || meeting.status !== 'running') && (
          <span className="meeting-header__when">{whenWhere}</span>
        )}
        <span className={`meeting-status meeting-status--${meeting.status}`}>
          {t(`meetings.status.${meeting.status}`)}
        </span>
        {meeting.status === 'running' && <ConnectionBadge connection={connection} />}
      </div>
      {links.length > 0 && (
        <ul className="meeting-header__links">
          {links.map((l) => (
            <li key={l.key}>{l.node}</li>
          ))}
        </ul>
      )}
    </header>
  );
}
