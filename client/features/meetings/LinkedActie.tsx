import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { roomName } from '../../../shared/sync/rooms';
import { readUitvoeringStamp } from '../../../shared/sync/uitvoeringDoc';
import { latestByActie } from '../../../shared/uitvoering/voortgang';
import { api, apiUrl } from '../../api/client';
import { useResource } from '../../api/useResource';
import { StatusTag } from '../uitvoering/StatusTag';
import { useDateWords } from '../uitvoering/words';
import type { ContentMode } from './LinkedVote';
import { useRoomReader } from './useRoomReader';

/**
 * An actie of the uitvoeringsplan on an agenda item: its status and latest update, in big type on the
 * room screen; live (the `uitvoering:` room's stamp says when to fetch the plan again).
 */
export function LinkedActie({
  werkgroepId,
  actieId,
  mode,
}: {
  werkgroepId: string;
  actieId: string;
  mode: ContentMode;
}) {
  const { t } = useTranslation();
  const { period, moment } = useDateWords();
  const stamp = useRoomReader(roomName('uitvoering', werkgroepId), readUitvoeringStamp, '');
  const plan = useResource(`meeting-actie:${werkgroepId}:${stamp}`, () =>
    api('getUitvoering', { params: { werkgroepId } }),
  );
  if (plan.state === 'loading') return null;
  const actie = plan.data?.acties.find((a) => a.id === actieId);
  if (!plan.data || !actie) return <p>{t('meetings.content.actieGone')}</p>;
  const latest = latestByActie(plan.data.updates.filter((u) => u.actieId === actieId)).get(actieId) ?? null;
  return (
    <div className={`linked linked--actie linked--${mode}`}>
      <div className="linked__head">
        <p className="linked__kind">{t('meetings.content.actie')}</p>
        <StatusTag status={actie.status} />
        <p className="linked__title">{actie.title}</p>
      </div>
      <p className="linked__period">{period(actie)}</p>
      {actie.statusReason && (
        <p className="linked__reason">
          {t('uitvoering.details.reason')}: {actie.statusReason}
        </p>
      )}
      {latest ? (
        <div className="linked__update">
          <p className="linked__update-meta">
            {t('uitvoering.updates.latest')} · {moment(latest.createdAt)}
          </p>
          <p className="linked__update-text">{latest.text}</p>
          {latest.photo && (
            <img
              className="linked__photo"
              src={apiUrl('getPhoto', { werkgroepId, photoId: latest.photo.id })}
              alt={latest.photo.alt}
              width={latest.photo.width}
              height={latest.photo.height}
            />
          )}
        </div>
      ) : (
        <p>{t('meetings.content.noUpdate')}</p>
      )}
      {mode !== 'screen' && (
        <p>
          <Link to={`/w/${werkgroepId}/uitvoering#actie-${actie.id}`} className="utrecht-link">
            {t('meetings.content.openActie')}
          </Link>
        </p>
      )}
    </div>
  );
}
