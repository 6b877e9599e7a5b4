import './plan.css';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../shared/permissions';
import type { Meeting } from '../../../shared/schemas/meeting';
import { api } from '../../api/client';
import { useResource } from '../../api/useResource';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import { MeetingForm } from './MeetingForm';
import { meetingPaths } from './model';

/** The werkgroep's meetings: the running one first, then what is planned, then earlier ones. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const { detail } = useWerkgroep();
  const werkgroepId = detail.werkgroep.id;
  const manages = can(detail.me.role, 'meeting.manage');
  const [version, setVersion] = useState(0);
  const listed = useResource(`meetings:${werkgroepId}:${version}`, () =>
    api('listMeetings', { params: { werkgroepId } }),
  );
  // Whether a meeting has started is not in any room this page follows: look again when people come back.
  useEffect(() => {
    const again = () => {
      if (document.visibilityState === 'visible') setVersion((v) => v + 1);
    };
    document.addEventListener('visibilitychange', again);
    return () => document.removeEventListener('visibilitychange', again);
  }, []);
  const [editing, setEditing] = useState<Meeting | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // While looking again, the list stays as it was instead of flashing away.
  const [last, setLast] = useState<Meeting[] | null>(null);
  useEffect(() => {
    if (listed.data) setLast(listed.data);
  }, [listed.data]);
  const meetings = listed.data ?? last ?? [];
  const groups = [
    { key: 'running', list: meetings.filter((m) => m.status === 'running') },
    {
      key: 'planned',
      list: meetings.filter((m) => m.status === 'planned').sort((a, b) => a.date.localeCompare(b.date)),
    },
    {
      key: 'ended',
      list: meetings.filter((m) => m.status === 'ended').sort((a, b) => b.date.localeCompare(a.date)),
    },
  ] as const;
  const onSaved = (m: Meeting) => {
    setEditing(null);
    setSaved(t('meetings.form.saved', { title: m.title }));
    setVersion((v) => v + 1);
  };

  return (
    <div className="page page--narrow meetings-page">
      <Heading1>{t('meetings.title')}</Heading1>
      <Paragraph appearance="lead">{t('meetings.intro')}</Paragraph>
      {manages && editing === null && (
        <div className="meeting-form__actions">
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => {
              setSaved(null);
              setEditing('new');
            }}
          >
            {t('meetings.plan')}
          </button>
        </div>
      )}
      <div role="status">{saved && <Paragraph className="form-ok">{saved}</Paragraph>}</div>
      {manages && editing !== null && (
        <section className="panel" aria-labelledby="meeting-form-h">
          <h2 className="utrecht-heading-2" id="meeting-form-h">
            {editing === 'new' ? t('meetings.form.newHeading') : t('meetings.form.editHeading')}
          </h2>
          <MeetingForm
            key={editing === 'new' ? 'new' : editing.id}
            werkgroepId={werkgroepId}
            meeting={editing === 'new' ? undefined : editing}
            onSaved={onSaved}
            onCancel={() => setEditing(null)}
          />
        </section>
      )}
      {listed.state === 'loading' && !last && <Loading />}
      {listed.state === 'error' && <ErrorState error={listed.error} onRetry={listed.reload} />}
      {(listed.state === 'ready' || last) && meetings.length === 0 && (
        <Paragraph>{t(manages ? 'meetings.noneFacilitator' : 'meetings.none')}</Paragraph>
      )}
      {groups.map(
        (g) =>
          g.list.length > 0 && (
            <section key={g.key} aria-labelledby={`meetings-${g.key}`}>
              <h2 className="utrecht-heading-2" id={`meetings-${g.key}`}>
                {t(`meetings.groups.${g.key}`)}
              </h2>
              <ul className="card-list">
                {g.list.map((m) => (
                  <MeetingCard
                    key={m.id}
                    meeting={m}
                    manages={manages}
                    onEdit={() => {
                      setSaved(null);
                      setEditing(m);
                    }}
                  />
                ))}
              </ul>
            </section>
          ),
      )}
    </div>
  );
}

function MeetingCard({
  meeting: m,
  manages,
  onEdit,
}: {
  meeting: Meeting;
  manages: boolean;
  onEdit: () => void;
}) {
  const { t, i18n } = useTranslation();
  const paths = meetingPaths(m.werkgroepId, m.id);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full' }).format(
    new Date(`${m.date}T12:00`),
  );
  const minutes = m.agenda.reduce((sum, i) => sum + i.minutes, 0);
  return (
    <li className="card-list__item meeting-card">
      <Link
        to={m.status === 'ended' ? paths.minutes : paths.participant}
        className="utrecht-link card-list__link"
      >
        {m.title}
      </Link>
      <span>{[date, m.startTime, m.place].filter(Boolean).join(' · ')}</span>
      <span className="muted">{t('meetings.agendaSummary', { count: m.agenda.length, minutes })}</span>
      <div className="meeting-card__actions">
        {m.status === 'running' && (
          <Link to={paths.participant} className="utrecht-button utrecht-button--primary-action link-button">
            {t('meetings.join')}
          </Link>
        )}
        {manages && m.status !== 'ended' && (
          <Link to={paths.console} className="utrecht-button utrecht-button--secondary-action link-button">
            {t('meetings.toConsole')}
          </Link>
        )}
        {m.status !== 'ended' && (
          <Link to={paths.screen} className="utrecht-link">
            {t('meetings.toScreen')}
          </Link>
        )}
        {m.status !== 'planned' && (
          <Link to={paths.minutes} className="utrecht-link">
            {t('meetings.toMinutes')}
          </Link>
        )}
        {/* A running meeting's agenda can change too: the current item stays where it is. */}
        {manages && m.status !== 'ended' && (
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onEdit}>
            {t('meetings.edit')}
          </button>
        )}
      </div>
    </li>
  );
}
