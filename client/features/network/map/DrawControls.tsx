import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Position } from '../../../../shared/network/outline';
import { ringCrossing } from '../../../../shared/network/ringCrossing';
import { api } from '../../../api/client';
import { useAction } from '../../../api/useAction';
import { explainOutlineError } from './outlineErrors';

const BUTTON = 'utrecht-button utrecht-button--secondary-action';

/**
 * Drawing the wijkgrens on the map (the facilitator): start, then each click on the map is a corner;
 * undo the last, stop, or finish with three or more, which saves it as the werkgroep's outline.
 */
export function DrawControls({
  werkgroepId,
  corners,
  setCorners,
}: {
  werkgroepId: string;
  corners: Position[] | null;
  setCorners: (c: Position[] | null) => void;
}) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const save = useAction(
    async (ring: Position[]) => {
      const first = ring[0] as Position;
      await api('putOutline', {
        params: { werkgroepId },
        body: { type: 'Polygon', coordinates: [[...ring, first]] },
      });
      setCorners(null);
      setSaved(true);
    },
    { explain: (err) => explainOutlineError(t, err) },
  );
  if (!corners)
    return (
      <div className="wa-network-map__draw">
        <button
          type="button"
          className={BUTTON}
          onClick={() => {
            setSaved(false);
            save.reset();
            setCorners([]);
          }}
        >
          {t('network.map.draw.start')}
        </button>
        {saved && <Paragraph role="status">{t('network.map.draw.saved')}</Paragraph>}
      </div>
    );
  // Closed as it would be saved: a crossing is said at once, and the outline cannot be saved like that.
  const crosses = corners.length >= 3 && ringCrossing([...corners, corners[0] as Position]) !== null;
  return (
    <div className="wa-network-map__draw" data-drawing="">
      <Paragraph>{t('network.map.draw.hint')}</Paragraph>
      <Paragraph role="status">{t('network.map.draw.corners', { count: corners.length })}</Paragraph>
      <div className="wa-network-map__buttons">
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          disabled={corners.length < 3 || crosses || save.pending}
          onClick={() => void save.run(corners)}
        >
          {t('network.map.draw.finish')}
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={corners.length === 0}
          onClick={() => setCorners(corners.slice(0, -1))}
        >
          {t('network.map.draw.undo')}
        </button>
        <button type="button" className={BUTTON} onClick={() => setCorners(null)}>
          {t('network.map.draw.cancel')}
        </button>
      </div>
      {crosses && <Paragraph role="alert">{t('network.map.draw.crossing')}</Paragraph>}
      {save.error && <Paragraph role="alert">{save.error}</Paragraph>}
    </div>
  );
}
