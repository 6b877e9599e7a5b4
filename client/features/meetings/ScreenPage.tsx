import './meetings.css';
import './live.css';
import '../votes/votes.css';
import './screen.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/schemas/meeting';
import { NotFoundPage } from '../static/NotFoundPage';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import { HandsList } from './HandsList';
import { ItemContent } from './ItemContent';
import { JoinPanel } from './JoinPanel';
import { useWhenWhere } from './MeetingHeader';
import { MeetingTimer } from './MeetingTimer';
import { currentItem } from './model';
import { PresenceSummary, ReactionsNow } from './PresenceSummary';
import { useFitFont } from './useFitFont';
import { useMeeting } from './useMeeting';
import type { MeetingRoomState } from './useMeetingRoom';

const SCREEN = { device: 'scherm', where: null } as const;
/** More names than this do not stay readable from the back; the rest is counted. */
const HANDS_SHOWN = 4;
/** The item's content in pixels of a 1920×1080 screen: never under 40 (read from 8 metres), up to 64. */
const CONTENT_MIN = 40;
const CONTENT_MAX = 64;

/**
 * The room screen (projector): the current item and its content, the timer, who wants to speak, who
 * is here (residents against officials, in the room and at home) and how to join. No controls: the
 * facilitator drives it from the console. Type sizes are set for reading from 8 metres (screen.css).
 * When the item shows something (a section, a board, a vote) that content gets the screen: its text
 * is sized to fill its box, and the timer and the join code step aside into a narrower column.
 */
export function ScreenPage() {
  const { t } = useTranslation();
  const { detail } = useWerkgroep();
  const { meeting, live, missing } = useMeeting(detail.werkgroep.id, SCREEN);
  if (missing)
    return (
      <main className="screen screen--plain">
        <NotFoundPage />
      </main>
    );
  if (!meeting)
    return (
      <main className="screen screen--plain">
        <p role="status">{t('app.loading')}</p>
      </main>
    );
  return <Screen meeting={meeting} live={live} werkgroepName={detail.werkgroep.name} />;
}

function Screen({
  meeting,
  live,
  werkgroepName,
}: {
  meeting: Meeting;
  live: MeetingRoomState;
  werkgroepName: string;
}) {
  const { t } = useTranslation();
  const { room } = useWerkgroep();
  const whenWhere = useWhenWhere(meeting);
  const now = meeting.status === 'running' ? currentItem(meeting) : null;
  const hands = live.hands.slice(0, HANDS_SHOWN);
  const content = Boolean(now?.item.link);
  // A callback ref: the box comes and goes with the item, and the fitting follows the box.
  const [fitted, setFitted] = useState<HTMLDivElement | null>(null);
  useFitFont(fitted, CONTENT_MIN, CONTENT_MAX);
  const join = meeting.joinCode && (
    <section className="screen__join" aria-labelledby="screen-join-h">
      <h2 className="visually-hidden" id="screen-join-h">
        {t('meetings.joinPanel.title')}
      </h2>
      <JoinPanel code={meeting.joinCode} size="large" />
    </section>
  );
  const bottom = (!content && meeting.joinCode !== null) || live.reactions.length > 0;
  return (
    <main className={`screen screen--${meeting.status}${content ? ' screen--content' : ''}`}>
      <header className="screen__top">
        <h1 className="screen__meeting">{meeting.title}</h1>
        <p className="screen__where">{werkgroepName}</p>
        {now && (
          <p className="screen__position">{t('meetings.itemOf', { number: now.number, of: now.of })}</p>
        )}
        {live.connection !== 'connected' && (
          <p className="screen__offline" role="status">
            {t(`meetings.connection.${live.connection}`)}
          </p>
        )}
      </header>

      <div className="screen__body">
        <section className="screen__now" aria-labelledby="screen-item">
          <h2 className="screen__item-title" id="screen-item">
            {now
              ? now.item.title
              : t(
                  meeting.status === 'planned'
                    ? 'meetings.screen.soon'
                    : meeting.status === 'ended'
                      ? 'meetings.screen.ended'
                      : 'meetings.screen.welcome',
                )}
          </h2>
          {meeting.status === 'planned' && <p>{whenWhere}</p>}
          {now && content && (
            <div className="screen__content" ref={setFitted}>
              <ItemContent item={now.item} werkgroepId={meeting.werkgroepId} room={room} mode="screen" />
            </div>
          )}
        </section>
        <aside className="screen__side" aria-label={t('meetings.screen.side')}>
          {now && (
            <MeetingTimer
              timer={meeting.timer}
              fullSeconds={now.item.minutes * 60}
              className="screen__timer"
            />
          )}
          {meeting.status === 'running' && (
            <section className="screen__hands" aria-labelledby="screen-hands-h">
              <h2 className="screen__label" id="screen-hands-h">
                {t('meetings.hands.title', { count: live.hands.length })}
              </h2>
              <HandsList hands={hands} />
              {live.hands.length > hands.length && (
                <p>{t('meetings.hands.more', { count: live.hands.length - hands.length })}</p>
              )}
            </section>
          )}
          {meeting.status === 'running' && (
            <section className="screen__presence" aria-labelledby="screen-presence-h">
              <h2 className="screen__label" id="screen-presence-h">
                {t('meetings.presence.title')}
              </h2>
              <PresenceSummary peers={live.peers} />
            </section>
          )}
          {content && join}
        </aside>
      </div>

      {bottom && (
        <footer className="screen__bottom">
          <ReactionsNow reactions={live.reactions} className="screen__reactions" />
          {!content && join}
        </footer>
      )}
    </main>
  );
}
