import './screen.css';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { isRoomId } from '../../../shared/sync/rooms';
import { api } from '../../api/client';
import { useResource } from '../../api/useResource';
import { usePresenceRoom } from '../../sync/usePresenceRoom';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { NotFoundPage } from '../static/NotFoundPage';
import { WerkgroepContext } from '../werkgroep/WerkgroepContext';
import { ScreenPage } from './ScreenPage';

/**
 * The room screen lives outside the site's frame and the werkgroep bar (a projector needs no menus),
 * but loads the werkgroep the same way WerkgroepLayout does, so its parts (live votes, boards) work
 * as on every other werkgroep page.
 */
export function ScreenRoute() {
  const { werkgroepId = '' } = useParams();
  const valid = isRoomId(werkgroepId);
  const detail = useResource(valid ? `werkgroep:${werkgroepId}` : null, () =>
    api('getWerkgroep', { params: { werkgroepId } }),
  );
  // The screen is a device on the wall, not a person: it says so, and is never counted as present.
  const { present, doc: room } = usePresenceRoom(
    detail.data?.werkgroep.room ?? null,
    detail.reload,
    'scherm',
  );
  const value = useMemo(
    () => (detail.data ? { detail: detail.data, present, room, reload: detail.reload } : null),
    [detail.data, present, room, detail.reload],
  );
  const fallback = !valid ? (
    <NotFoundPage />
  ) : detail.state === 'error' ? (
    <ErrorState error={detail.error} onRetry={detail.reload} />
  ) : (
    <Loading />
  );
  return (
    <WerkgroepContext.Provider value={value}>
      {value ? <ScreenPage /> : <main className="screen screen--plain">{fallback}</main>}
    </WerkgroepContext.Provider>
  );
}
