import { useTranslation } from 'react-i18next';
import type { Actie } from '../../../shared/uitvoering/actie';
import type { SinceLastVisit as Since } from '../../../shared/uitvoering/timeline';
import { useDateWords } from './words';

/** A long absence does not fill the page: the first lines, then how many more. */
const MAX_LINES = 8;

/** "Veranderd sinds je laatste bezoek": new and changed acties and new updates, each a link to its actie. */
export function SinceLastVisit({
  since,
  lastVisit,
  acties,
}: {
  since: Since | null;
  lastVisit: number | null;
  acties: readonly Actie[];
}) {
  const { t } = useTranslation();
  const { moment } = useDateWords();
  const title = (id: string) => acties.find((a) => a.id === id)?.title ?? '';
  type Line = { key: string; actieId: string; text: string };
  const lines: Line[] = since
    ? [
        ...since.updates.map((u) => ({
          key: `u${u.id}`,
          actieId: u.actieId,
          text: t('uitvoering.since.update', { title: title(u.actieId) }),
        })),
        ...since.newActies.map((a) => ({
          key: `n${a.id}`,
          actieId: a.id,
          text: t('uitvoering.since.newActie', { title: a.title }),
        })),
        ...since.changedActies.map((a) => ({
          key: `c${a.id}`,
          actieId: a.id,
          text: t('uitvoering.since.changedActie', { title: a.title }),
        })),
      ]
    : [];
  return (
    <section className="since-visit" aria-labelledby="since-visit-title">
      <h2 id="since-visit-title" className="utrecht-heading-3">
        {t('uitvoering.since.title')}
      </h2>
      {lastVisit === null ? (
        <p>{t('uitvoering.since.first')}</p>
      ) : lines.length === 0 ? (
        <p>{t('uitvoering.since.nothing', { when: moment(lastVisit) })}</p>
      ) : (
        <ul className="since-visit__list">
          {lines.slice(0, MAX_LINES).map((l) => (
            <li key={l.key}>
              <a className="utrecht-link" href={`#actie-${l.actieId}`}>
                {l.text}
              </a>
            </li>
          ))}
          {lines.length > MAX_LINES && (
            <li>{t('uitvoering.since.more', { count: lines.length - MAX_LINES })}</li>
          )}
        </ul>
      )}
    </section>
  );
}
