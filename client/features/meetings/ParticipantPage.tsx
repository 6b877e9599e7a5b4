import './meetings.css';
import './live.css';
import './participant.css';
import '../votes/votes.css';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../../shared/permissions';
import type { Meeting } from '../../../shared/schemas/meeting';
import type { RaisedHand } from '../../../shared/sync/meetingDoc';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { NotFoundPage } from '../static/NotFoundPage';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import { AgendaItemLabel } from './AgendaItemLabel';
import { ItemContent } from './ItemContent';
import { MeetingHeader } from './MeetingHeader';
import { MeetingTimer } from './MeetingTimer';
import { meetingPaths } from './model';
import { NotesField } from './NotesField';
import { HandButton, ReactionBar, useWhere, WhereChoice } from './ParticipantControls';
import { useAnnouncer } from './useAnnouncer';
import { useMeeting } from './useMeeting';
import type { MeetingRoomState } from './useMeetingRoom';

const NO_HANDS: RaisedHand[] = [];

/**
 * A member's view of the meeting, made for a phone: the item the group is at, with its timer and
 * content (a ballot right here when it links a vote), a hand to raise, quick reactions, and the agenda.
 * With "iedereen naar mij" on, the view jumps along with the facilitator; one tap looks around, one
 * tap comes back.
 */
export function ParticipantPage() {
  const { t } = useTranslation();
  const { meetingId = '' } = useParams();
  const { detail } = useWerkgroep();
  const [where, setWhere] = useWhere(meetingId);
  const { meeting, live, fetched, missing } = useMeeting(detail.werkgroep.id, { device: 'deelnemer', where });
  if (missing) return <NotFoundPage />;
  if (!meeting)
    return fetched.state === 'error' ? (
      <ErrorState error={fetched.error} onRetry={fetched.reload} />
    ) : (
      <Loading />
    );
  return (
    <div className="page page--narrow meeting-participant">
      <MeetingHeader meeting={meeting} connection={live.connection} page="participant" />
      {detail.me.role === 'guest' && (
        <Alert type="info" className="guest-notice">
          <Paragraph>
            {t('werkgroep.guestNotice', {
              role: t(`roles.${detail.me.claimedRole ?? 'bewoner'}`).toLowerCase(),
            })}
          </Paragraph>
        </Alert>
      )}
      {meeting.status === 'planned' && <Paragraph>{t('meetings.participant.notYet')}</Paragraph>}
      {meeting.status === 'ended' && (
        <Paragraph>
          {t('meetings.participant.ended')}{' '}
          <Link to={meetingPaths(meeting.werkgroepId, meeting.id).minutes} className="utrecht-link">
            {t('meetings.toMinutes')}
          </Link>
        </Paragraph>
      )}
      {meeting.status === 'running' && (
        <>
          {/* Asked first until answered; after that it waits at the bottom, for when someone moves. */}
          {where === null && <WhereChoice where={where} onChange={setWhere} />}
          <RunningMeeting meeting={meeting} live={live} />
          {where !== null && <WhereChoice where={where} onChange={setWhere} />}
        </>
      )}
      {meeting.status !== 'running' && <AgendaOverview meeting={meeting} viewing={null} onView={null} />}
    </div>
  );
}

function RunningMeeting({ meeting, live }: { meeting: Meeting; live: MeetingRoomState }) {
  const { t } = useTranslation();
  const { detail, room } = useWerkgroep();
  const me = detail.me;
  // The item I chose to look at myself; null = the one the group is at.
  const [picked, setPicked] = useState<string | null>(null);
  // "Iedereen naar mij": when it is switched on, and at every next item while it is on, everyone comes along.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new current item is the moment to jump.
  useEffect(() => {
    if (meeting.followMe) setPicked(null);
  }, [meeting.followMe, meeting.currentItemId]);
  const viewingId = picked ?? meeting.currentItemId;
  const index = meeting.agenda.findIndex((i) => i.id === viewingId);
  const item = meeting.agenda[index];
  const atCurrent = viewingId === meeting.currentItemId;
  const writesNotes = can(me.role, 'meeting.manage') || meeting.notetakerMemberId === me.id;
  // Only the next item is news here; others' hands are for the facilitator.
  const announcement = useAnnouncer(live.meeting, NO_HANDS);

  return (
    <>
      {meeting.followMe && (
        <p className="follow-note">
          {atCurrent ? t('meetings.participant.following') : t('meetings.participant.away')}
        </p>
      )}
      {!atCurrent && (
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action back-to-group"
          onClick={() => setPicked(null)}
        >
          {t('meetings.participant.backToGroup')}
        </button>
      )}
      {item && (
        <section className="panel now-card" aria-labelledby="now-card-h">
          <p className="now-card__position">
            {atCurrent
              ? t('meetings.participant.nowAt', { number: index + 1, of: meeting.agenda.length })
              : t('meetings.participant.looking', { number: index + 1, of: meeting.agenda.length })}
          </p>
          <h2 className="utrecht-heading-2 now-card__title" id="now-card-h">
            {item.title}
          </h2>
          {atCurrent ? (
            <MeetingTimer timer={meeting.timer} fullSeconds={item.minutes * 60} className="now-card__timer" />
          ) : (
            <p className="muted">{t('meetings.minutes', { count: item.minutes })}</p>
          )}
        </section>
      )}
      {can(me.role, 'meeting.participate') && (
        <section className="panel participate" aria-label={t('meetings.participant.participate')}>
          <HandButton meeting={meeting} hands={live.hands} memberId={me.id} />
          <ReactionBar meeting={meeting} />
        </section>
      )}
      {item && <ItemContent item={item} werkgroepId={meeting.werkgroepId} room={room} mode="participant" />}
      {item && writesNotes && (
        <NotesField
          key={item.id}
          werkgroepId={meeting.werkgroepId}
          meetingId={meeting.id}
          itemId={item.id}
          itemTitle={item.title}
          stored={meeting.notes[item.id] ?? ''}
        />
      )}
      <AgendaOverview
        meeting={meeting}
        viewing={viewingId}
        onView={(id) => setPicked(id === meeting.currentItemId ? null : id)}
      />
      <div aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
    </>
  );
}

/** The agenda; while the meeting runs each item can be looked at (a button), the current one is marked. */
function AgendaOverview({
  meeting,
  viewing,
  onView,
}: {
  meeting: Meeting;
  viewing: string | null;
  onView: ((itemId: string) => void) | null;
}) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="agenda-h">
      <h2 className="utrecht-heading-2" id="agenda-h">
        {t('meetings.agenda')}
      </h2>
      {meeting.agenda.length === 0 && <Paragraph>{t('meetings.noAgenda')}</Paragraph>}
      <ol className="agenda agenda--phone">
        {meeting.agenda.map((item, i) => {
          const current = meeting.status === 'running' && item.id === meeting.currentItemId;
          const label = <AgendaItemLabel number={i + 1} item={item} current={current} />;
          return (
            <li
              key={item.id}
              className={`agenda__item${current ? ' agenda__item--current' : ''}`}
              aria-current={current ? 'step' : undefined}
            >
              {onView ? (
                <button
                  type="button"
                  className={`agenda__view${item.id === viewing ? ' agenda__view--viewing' : ''}`}
                  aria-pressed={item.id === viewing}
                  onClick={() => onView(item.id)}
                >
                  {label}
                </button>
              ) : (
                label
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
