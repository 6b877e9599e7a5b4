import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Position } from '../../../../shared/network/outline';
import type { Placing } from './usePlacing';

const BUTTON = 'utrecht-button utrecht-button--secondary-action';

/**
 * Under the map, for the open initiative a person may change: choose its place (the next click on
 * the map, or the centre button for keyboard users, who pan the map with the arrow keys), change it,
 * or take it away. Escape or "Stop" cancels. The hint gets focus when choosing starts, and the choose
 * button again when it ends, so focus is never lost.
 */
export function PlaceControls({
  placing,
  centre,
  canPan,
  canPlace,
}: {
  placing: Placing;
  /** The map's middle as [lon, lat], or null when the map is not ready. */
  centre: () => Position | null;
  /** The map can be panned (MapLibre); the SVG fallback cannot: its middle is the wijk's. */
  canPan: boolean;
  /** There is something to click on: false on the SVG map with no wijkgrens and no places yet. */
  canPlace: boolean;
}) {
  const { t } = useTranslation();
  const hint = useRef<HTMLParagraphElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const wasChoosing = useRef(placing.choosing);
  const { target, choosing, save, done } = placing;
  useEffect(() => {
    if (choosing && !wasChoosing.current) hint.current?.focus();
    if (!choosing && wasChoosing.current) startButton.current?.focus();
    wasChoosing.current = choosing;
  }, [choosing]);
  if (!target) return null;
  const name = target.name;
  return (
    <div className="wa-network-map__place" data-choosing={choosing ? '' : undefined}>
      {choosing ? (
        <>
          <Paragraph ref={hint} tabIndex={-1} className="wa-network-map__place-hint">
            <strong>{t('network.map.place.choosingFor', { name })}</strong>{' '}
            {t(canPan ? 'network.map.place.hint' : 'network.map.place.hintNoPan')}
          </Paragraph>
          <div className="wa-network-map__buttons">
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              disabled={save.pending}
              onClick={() => {
                const at = centre();
                if (at) placing.put(at);
              }}
            >
              {t('network.map.place.centre')}
            </button>
            <button type="button" className={BUTTON} onClick={placing.stop}>
              {t('network.map.place.cancel')}
            </button>
          </div>
        </>
      ) : (
        <>
          <Paragraph>
            {target.point ? t('network.map.place.has', { name }) : t('network.map.place.none', { name })}
          </Paragraph>
          <div className="wa-network-map__buttons">
            {canPlace ? (
              <button ref={startButton} type="button" className={BUTTON} onClick={placing.start}>
                {t(target.point ? 'network.map.place.change' : 'network.map.place.choose')}
              </button>
            ) : (
              <Paragraph className="muted">{t('network.map.place.needsOutline')}</Paragraph>
            )}
            {target.point && (
              <button type="button" className={BUTTON} disabled={save.pending} onClick={placing.remove}>
                {t('network.map.place.remove')}
              </button>
            )}
          </div>
        </>
      )}
      {save.error && <Paragraph role="alert">{save.error}</Paragraph>}
      <Paragraph role="status">
        {save.pending ? t('network.map.place.saving') : done ? t(`network.map.place.${done}`) : ''}
      </Paragraph>
    </div>
  );
}
