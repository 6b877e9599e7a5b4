import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { composition, memberGroup } from '../../../shared/schemas/member';
import { ParityBar } from './CompositionPanel';
import { useWerkgroep } from './WerkgroepContext';

/** Who is here now (any page of this werkgroep), and the parity of those present. */
export function PresencePanel() {
  const { t } = useTranslation();
  const { present, detail } = useWerkgroep();
  const others = present.filter((p) => p.memberId !== detail.me.id);
  const counts = composition(present.map((p) => p.role));
  return (
    <section aria-labelledby="presence-title" className="panel">
      <Heading2 id="presence-title">{t('werkgroep.presentTitle')}</Heading2>
      <Paragraph>
        {t('werkgroep.presentCounts', { bewoners: counts.bewoners, ambtenaren: counts.ambtenaren })}
      </Paragraph>
      <ParityBar counts={counts} label={t('werkgroep.presentTitle')} />
      {counts.guests > 0 && (
        <Paragraph className="muted">{t('werkgroep.guests', { count: counts.guests })}</Paragraph>
      )}
      {others.length === 0 ? (
        <Paragraph className="muted">{t('werkgroep.presentNone')}</Paragraph>
      ) : (
        <ul className="chips" aria-label={t('werkgroep.presentTitle')}>
          {present.map((p) => (
            <li key={p.memberId} className={`chip chip--${memberGroup(p.role)}`}>
              {p.name} <span className="chip__role">· {t(`roles.${p.role}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
