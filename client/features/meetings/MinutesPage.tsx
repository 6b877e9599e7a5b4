import './plan.css';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type Decision, decisionAnchor } from '../../../shared/schemas/decision';
import type { Meeting } from '../../../shared/schemas/meeting';
import { isRoomId } from '../../../shared/sync/rooms';
import { ApiRequestError, api } from '../../api/client';
import { useResource } from '../../api/useResource';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { NotFoundPage } from '../static/NotFoundPage';
import { outcomeSentence } from '../votes/outcome';
import { useLiveDecisions } from '../votes/useLive';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import { useWhenWhere } from './MeetingHeader';
import { decisionsDuring } from './model';

/**
 * The verslag of a meeting: per agenda item its minutes and the decisions it took, then every decision
 * taken while the meeting ran (from the werkgroep's besluitenlijst). Printable as it is.
 */
export function MinutesPage() {
  const { meetingId = '' } = useParams();
  const { detail } = useWerkgroep();
  const werkgroepId = detail.werkgroep.id;
  const valid = isRoomId(meetingId);
  const fetched = useResource(valid ? `meeting-minutes:${meetingId}` : null, () =>
    api('getMeeting', { params: { werkgroepId, meetingId } }),
  );
  if (!valid || (fetched.error instanceof ApiRequestError && fetched.error.code === 'not_found'))
    return <NotFoundPage />;
  if (fetched.state === 'error') return <ErrorState error={fetched.error} onRetry={fetched.reload} />;
  if (fetched.state === 'loading') return <Loading />;
  return <Minutes meeting={fetched.data} />;
}

function Minutes({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  const { room } = useWerkgroep();
  const whenWhere = useWhenWhere(meeting);
  const listed = useResource(`decisions:${meeting.werkgroepId}`, () =>
    api('listDecisions', { params: { werkgroepId: meeting.werkgroepId } }),
  );
  const live = useLiveDecisions(room);
  const byId = new Map<string, Decision>((listed.data ?? []).map((d) => [d.id, d]));
  for (const d of live) byId.set(d.id, d);
  const decisions = decisionsDuring(
    [...byId.values()].sort((a, b) => a.number - b.number),
    meeting,
    Date.now(),
  );
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' });
  const forItem = (voteId: string | null) => decisions.filter((d) => d.voteId === voteId);
  const decisionsPath = `/w/${meeting.werkgroepId}/besluiten`;

  const decisionLine = (d: Decision) => (
    <li key={d.id} className="minutes__decision">
      <Link to={`${decisionsPath}#${decisionAnchor(d.number)}`} className="utrecht-link">
        {t('decisions.heading', { number: d.number, question: d.question })}
      </Link>
      {d.text && <p className="minutes__decision-text">{d.text}</p>}
      <p>{outcomeSentence(t, d.tally, d.options)}</p>
    </li>
  );

  return (
    <div className="page page--narrow minutes">
      <p className="no-print">
        <Link to={`/w/${meeting.werkgroepId}/bijeenkomsten`} className="utrecht-link">
          {t('meetings.back')}
        </Link>
      </p>
      <Heading1>{t('meetings.minutesPage.title', { title: meeting.title })}</Heading1>
      <Paragraph>{whenWhere}</Paragraph>
      {meeting.startedAt && (
        <Paragraph className="muted">
          {meeting.endedAt
            ? t('meetings.minutesPage.ran', {
                from: time.format(new Date(meeting.startedAt)),
                until: time.format(new Date(meeting.endedAt)),
              })
            : t('meetings.minutesPage.running', { from: time.format(new Date(meeting.startedAt)) })}
        </Paragraph>
      )}
      {meeting.status === 'planned' && <Paragraph>{t('meetings.minutesPage.notYet')}</Paragraph>}
      <div className="meeting-form__actions no-print">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => window.print()}
        >
          {t('meetings.minutesPage.print')}
        </button>
      </div>
      <ol className="minutes__items">
        {meeting.agenda.map((item, i) => {
          const notes = meeting.notes[item.id]?.trim() ?? '';
          const own = forItem(item.link?.kind === 'vote' ? item.link.voteId : null);
          return (
            <li key={item.id} className="minutes__item">
              <h2 className="utrecht-heading-2">
                {t('meetings.minutesPage.item', { number: i + 1, title: item.title })}
              </h2>
              <p className="muted">{t('meetings.minutes', { count: item.minutes })}</p>
              {notes ? (
                <p className="minutes__notes">{notes}</p>
              ) : (
                <p className="muted">{t('meetings.minutesPage.noNotes')}</p>
              )}
              {own.length > 0 && (
                <>
                  <h3 className="utrecht-heading-3">{t('meetings.minutesPage.itemDecisions')}</h3>
                  <ul className="minutes__decisions">{own.map(decisionLine)}</ul>
                </>
              )}
            </li>
          );
        })}
      </ol>
      <section aria-labelledby="minutes-decisions-h">
        <h2 className="utrecht-heading-2" id="minutes-decisions-h">
          {t('meetings.minutesPage.decisions')}
        </h2>
        {decisions.length === 0 ? (
          <Paragraph>{t('meetings.minutesPage.noDecisions')}</Paragraph>
        ) : (
          <ul className="minutes__decisions">{decisions.map(decisionLine)}</ul>
        )}
      </section>
    </div>
  );
}
