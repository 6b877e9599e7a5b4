import { Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { INITIATIVE_STATUSES, type InitiativeRecord } from '../../../../shared/network/initiative';
import { STATUS_COLOURS } from './mapModel';

/** Under the map on the network page: the legend, and the shown initiatives without a place (buttons). */
export function MapLists({
  unplaced,
  selectedId,
  onSelect,
}: {
  unplaced: readonly InitiativeRecord[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const unplacedId = useId();
  return (
    <>
      <details className="wa-network-map__legend">
        <summary>{t('network.map.legend')}</summary>
        <ul>
          {INITIATIVE_STATUSES.map((s) => (
            <li key={s}>
              <span
                className="wa-network-map__swatch"
                style={{ background: STATUS_COLOURS[s] }}
                aria-hidden="true"
              />
              {t(`network.map.status.${s}`)}
            </li>
          ))}
          <li>{t('network.map.legendOverlap')}</li>
          <li>{t('network.map.legendOutline')}</li>
        </ul>
      </details>
      {unplaced.length > 0 && (
        <div className="wa-network-map__unplaced">
          <Paragraph id={unplacedId}>
            <strong>{t('network.map.unplaced', { count: unplaced.length })}</strong>
          </Paragraph>
          <ul aria-labelledby={unplacedId}>
            {unplaced.map((i) => (
              <li key={i.id}>
                <button
                  type="button"
                  className="utrecht-button utrecht-button--subtle"
                  aria-pressed={i.id === selectedId}
                  onClick={() => onSelect(i.id)}
                >
                  {i.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
