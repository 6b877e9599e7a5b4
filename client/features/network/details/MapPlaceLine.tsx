import { useTranslation } from 'react-i18next';
import type { InitiativeRecord } from '../../../../shared/network/initiative';
import { useNetwork } from '../NetworkContext';

/**
 * In an initiative's details: whether it has a place on the map, and a button to the map view with it
 * open. For someone who may change it, choosing its place starts there at once.
 */
export function MapPlaceLine({ initiative, mayEdit }: { initiative: InitiativeRecord; mayEdit: boolean }) {
  const { t } = useTranslation();
  const { showOnMap } = useNetwork();
  const has = initiative.point !== null;
  const action = mayEdit ? (has ? 'change' : 'choose') : has ? 'show' : null;
  return (
    <p className="network-details__place" data-place={has ? 'set' : 'none'}>
      {t(has ? 'network.map.place.details.has' : 'network.map.place.details.none')}{' '}
      {action && (
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle"
          onClick={() => showOnMap(initiative.id, mayEdit)}
        >
          {t(`network.map.place.details.${action}`)}
        </button>
      )}
    </p>
  );
}
