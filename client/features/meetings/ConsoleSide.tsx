import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type MemberGroup, memberGroup } from '../../../shared/roles';
import type { Meeting, MeetingControl } from '../../../shared/schemas/meeting';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useResource } from '../../api/useResource';
import { COMMANDS } from './commands';
import { JoinPanel } from './JoinPanel';
import { PresenceSummary, ReactionsNow } from './PresenceSummary';
import type { MeetingRoomState } from './useMeetingRoom';
import { WaitingGuests } from './WaitingGuests';

/** Groups never offered as the notetaker: the facilitator writes the notes anyway, observers only follow. */
const NOT_NOTETAKERS: readonly MemberGroup[] = ['facilitators', 'observers'];

/**
 * The console's side panels besides hands and connections: who waits to be confirmed, parity,
 * reactions, join code, notetaker.
 */
export function ConsoleSide({
  meeting,
  live,
  run,
}: {
  meeting: Meeting;
  live: MeetingRoomState;
  run: (c: MeetingControl) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <section className="panel" aria-labelledby="console-guests-h">
        <h2 className="utrecht-heading-2" id="console-guests-h">
          {t('meetings.guests.title')}
        </h2>
        <WaitingGuests werkgroepId={meeting.werkgroepId} peers={live.peers} />
      </section>
      <section className="panel" aria-labelledby="console-parity-h">
        <h2 className="utrecht-heading-2" id="console-parity-h">
          {t('meetings.presence.title')}
        </h2>
        <PresenceSummary peers={live.peers} />
        <ReactionsNow reactions={live.reactions} />
      </section>
      {meeting.joinCode && (
        <section className="panel" aria-labelledby="console-join-h">
          <h2 className="utrecht-heading-2" id="console-join-h">
            {t('meetings.joinPanel.title')}
          </h2>
          <JoinPanel code={meeting.joinCode} size="small" warnLoopback />
          <p className="muted">{t('meetings.joinPanel.newCodeHint')}</p>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => void run(COMMANDS.newCode.control)}
          >
            {t('meetings.joinPanel.newCode')}
          </button>
        </section>
      )}
      <section className="panel" aria-labelledby="console-notetaker-h">
        <h2 className="utrecht-heading-2" id="console-notetaker-h">
          {t('meetings.notes.notetakerTitle')}
        </h2>
        <NotetakerChoice meeting={meeting} />
      </section>
    </>
  );
}

/** The facilitator may let one member write the minutes too. */
function NotetakerChoice({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const id = useId();
  const members = useResource(`members:${meeting.werkgroepId}`, () =>
    api('listMembers', { params: { werkgroepId: meeting.werkgroepId } }),
  );
  const choose = useAction((memberId: string) =>
    api('updateMeeting', {
      params: { werkgroepId: meeting.werkgroepId, meetingId: meeting.id },
      body: { notetakerMemberId: memberId || null },
    }),
  );
  const writers = (members.data ?? []).filter((m) => !NOT_NOTETAKERS.includes(memberGroup(m.role)));
  return (
    <div className="notetaker">
      <label htmlFor={id}>{t('meetings.notes.notetaker')}</label>
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select"
        value={meeting.notetakerMemberId ?? ''}
        onChange={(e) => void choose.run(e.target.value)}
      >
        <option value="">{t('meetings.notes.onlyMe')}</option>
        {writers.map((m) => (
          <option key={m.id} value={m.id}>
            {m.displayName}
          </option>
        ))}
      </select>
      <div role="status">{choose.error && <p className="form-error">{choose.error}</p>}</div>
    </div>
  );
}
