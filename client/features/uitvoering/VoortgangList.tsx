import { useTranslation } from 'react-i18next';
import type { Voortgang } from '../../../shared/uitvoering/voortgang';
import { apiUrl } from '../../api/client';
import { useUitvoering } from './UitvoeringContext';
import { useDateWords } from './words';

/** One update: who, when, the text and the photo with its description. */
export function VoortgangItem({ update }: { update: Voortgang }) {
  const { t } = useTranslation();
  const { werkgroepId, members } = useUitvoering();
  const { moment } = useDateWords();
  const name = members.get(update.createdBy)?.displayName ?? t('uitvoering.details.unknown');
  return (
    <article className="voortgang">
      <p className="voortgang__meta">
        {t('uitvoering.updates.by', { name, when: moment(update.createdAt) })}
      </p>
      <p className="voortgang__text">{update.text}</p>
      {update.photo && (
        <img
          className="voortgang__photo"
          src={apiUrl('getPhoto', { werkgroepId, photoId: update.photo.id })}
          alt={update.photo.alt}
          width={update.photo.width}
          height={update.photo.height}
          loading="lazy"
        />
      )}
    </article>
  );
}

/** Updates of an actie, newest first. */
export function VoortgangList({ updates }: { updates: readonly Voortgang[] }) {
  return (
    <ol className="voortgang-list">
      {[...updates].reverse().map((u) => (
        <li key={u.id}>
          <VoortgangItem update={u} />
        </li>
      ))}
    </ol>
  );
}
