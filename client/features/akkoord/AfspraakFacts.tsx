import { useTranslation } from 'react-i18next';
import type { Afspraak } from '../../../shared/akkoord/afspraak';
import { formatDay } from './akkoordModel';
import { type AkkoordScreen, partyName } from './akkoordScreen';

/** Who commits, by when, what it rests on and how progress is reported — as a list of facts. */
export function AfspraakFacts({ screen, afspraak }: { screen: AkkoordScreen; afspraak: Afspraak }) {
  const { t, i18n } = useTranslation();
  const snapshot = screen.view.currentVersion?.snapshot;
  const sectionTitle = (id: string) =>
    screen.ambitions.find((s) => s.id === id)?.title ?? snapshot?.sections.find((s) => s.id === id)?.title;
  const decision = (id: string) => {
    const live = screen.decisions.find((d) => d.id === id);
    if (live) return { number: live.number, title: live.text || live.question };
    return snapshot?.decisions.find((d) => d.id === id);
  };
  const basis = [
    ...afspraak.sectionIds.map((id) => sectionTitle(id)).filter((s): s is string => s !== undefined),
    ...afspraak.decisionIds
      .map((id) => decision(id))
      .filter((d) => d !== undefined)
      .map((d) => t('akkoord.afspraak.decision', { number: d.number, title: d.title })),
  ];
  return (
    <dl className="afspraak__facts">
      <div>
        <dt>{t('akkoord.afspraak.parties')}</dt>
        <dd>
          {afspraak.partyIds.length === 0
            ? t('akkoord.afspraak.noPartiesYet')
            : afspraak.partyIds.map((id) => partyName(screen, id)).join(', ')}
        </dd>
      </div>
      <div>
        <dt>{t('akkoord.afspraak.byWhen')}</dt>
        <dd>{afspraak.byWhen ? formatDay(afspraak.byWhen, i18n.language) : t('akkoord.afspraak.noDate')}</dd>
      </div>
      {basis.length > 0 && (
        <div>
          <dt>{t('akkoord.afspraak.basis')}</dt>
          <dd>
            <ul className="afspraak__basis">
              {basis.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {afspraak.reporting && (
        <div>
          <dt>{t('akkoord.afspraak.reporting')}</dt>
          <dd>{afspraak.reporting}</dd>
        </div>
      )}
    </dl>
  );
}
