import { useMemo } from 'react';
import { Outlet, useLocation, useParams } from 'react-router';
import { isRoomId } from '../../../shared/sync/rooms';
import { ApiRequestError, api } from '../../api/client';
import { useResource } from '../../api/useResource';
import { placeOfPath } from '../../sync/place';
import { usePresenceRoom } from '../../sync/usePresenceRoom';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { NotFoundPage } from '../static/NotFoundPage';
import { NotMemberPage } from './NotMemberPage';
import { WerkgroepBar } from './WerkgroepBar';
import { WerkgroepContext } from './WerkgroepContext';

/** Every page under /w/:werkgroepId: loads the werkgroep and my membership, and counts me as present. */
export function WerkgroepLayout() {
  const { werkgroepId = '' } = useParams();
  const valid = isRoomId(werkgroepId);
  const detail = useResource(valid ? `werkgroep:${werkgroepId}` : null, () =>
    api('getWerkgroep', { params: { werkgroepId } }),
  );
  const place = placeOfPath(useLocation().pathname);
  const { present, doc: room } = usePresenceRoom(detail.data?.werkgroep.room ?? null, detail.reload, place);
  const value = useMemo(
    () => (detail.data ? { detail: detail.data, present, room, reload: detail.reload } : null),
    [detail.data, present, room, detail.reload],
  );
  if (!valid) return <NotFoundPage />;
  if (detail.state === 'loading') return <Loading />;
  // Signed in but not (any more) a member: e.g. a guest the facilitator refused, live on their phone.
  if (
    detail.state === 'error' &&
    detail.error instanceof ApiRequestError &&
    detail.error.code === 'forbidden'
  )
    return <NotMemberPage />;
  if (detail.state === 'error') return <ErrorState error={detail.error} onRetry={detail.reload} />;
  return (
    <WerkgroepContext.Provider value={value}>
      <WerkgroepBar />
      <Outlet />
    </WerkgroepContext.Provider>
  );
}
