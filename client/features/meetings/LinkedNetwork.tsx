import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NetworkView } from '../../../shared/network/network';
import { can } from '../../../shared/permissions';
import type { NetworkScreenView as ScreenKind } from '../../../shared/schemas/meeting';
import { readNetworkRoom } from '../../../shared/sync/networkDoc';
import { roomName } from '../../../shared/sync/rooms';
import { NetworkScreenView } from '../network/NetworkScreenView';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import type { ContentMode } from './LinkedVote';
import { useRoomReader } from './useRoomReader';

const EMPTY: NetworkView = {
  parties: [],
  initiatives: [],
  relations: [],
  overlapMarks: [],
  overlaps: [],
  changes: [],
  outline: null,
};

/**
 * The werkgroep's wijknetwerk as an agenda item, live from its room (`netwerk:<id>`, written by the
 * server; contacts are never in it). A guest who came in by the projector's code does not read the
 * network (as GET …/netwerk refuses them), so the room is not even opened for them.
 */
export function LinkedNetwork({
  werkgroepId,
  show,
  mode,
}: {
  werkgroepId: string;
  show: ScreenKind;
  mode: ContentMode;
}) {
  const { t } = useTranslation();
  const { detail } = useWerkgroep();
  const allowed = can(detail.me.role, 'network.view');
  const view = useRoomReader(allowed ? roomName('netwerk', werkgroepId) : null, readNetworkRoom, EMPTY);
  return (
    <div className={`linked linked--network linked--${mode}`}>
      <div className="linked__head">
        <p className="linked__kind">{t('meetings.content.network')}</p>
      </div>
      {allowed ? (
        <NetworkScreenView view={view} show={show} on={mode} />
      ) : (
        <p>{t('networkGraph.screen.membersOnly')}</p>
      )}
      {allowed && mode !== 'screen' && (
        <p>
          <Link to={`/w/${werkgroepId}/netwerk`} className="utrecht-link">
            {t('networkGraph.screen.open')}
          </Link>
        </p>
      )}
    </div>
  );
}
