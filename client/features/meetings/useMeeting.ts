import { useEffect, useMemo } from 'react';
import { useParams } from 'react-router';
import type { Meeting } from '../../../shared/schemas/meeting';
import { isRoomId } from '../../../shared/sync/rooms';
import { ApiRequestError, api } from '../../api/client';
import { type Resource, useResource } from '../../api/useResource';
import { type LocalPresence, type MeetingRoomState, useMeetingRoom } from './useMeetingRoom';

export interface LiveMeeting {
  /** The room's copy once it has synced (live), the API's answer before that. */
  meeting: Meeting | null;
  live: MeetingRoomState;
  fetched: Resource<Meeting>;
  /** No such meeting in this werkgroep (or a malformed id in the address). */
  missing: boolean;
}

/** The meeting of the current route (`:meetingId`), live from its room. */
export function useMeeting(werkgroepId: string, local: LocalPresence): LiveMeeting {
  const { meetingId = '' } = useParams();
  const valid = isRoomId(meetingId);
  const fetched = useResource(valid ? `meeting:${meetingId}` : null, () =>
    api('getMeeting', { params: { werkgroepId, meetingId } }),
  );
  const live = useMeetingRoom(fetched.data?.room ?? null, local);
  const missing = !valid || (fetched.error instanceof ApiRequestError && fetched.error.code === 'not_found');
  // The room never carries the join code (it is stored, and guests read it), only when it was made:
  // when that changes (a new code, or a restarted server), fetch the meeting again for the code.
  const issued = live.meeting?.joinCodeIssuedAt;
  const known = fetched.data?.joinCodeIssuedAt;
  const { reload } = fetched;
  useEffect(() => {
    if (issued !== undefined && known !== undefined && issued !== known) reload();
  }, [issued, known, reload]);
  const code = fetched.data && issued === known ? fetched.data.joinCode : null;
  const meeting = useMemo(
    () => (live.meeting ? { ...live.meeting, joinCode: code } : fetched.data),
    [live.meeting, code, fetched.data],
  );
  return { meeting, live, fetched, missing };
}
