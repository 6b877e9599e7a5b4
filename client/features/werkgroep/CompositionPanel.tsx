import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/permissions';
import { balance, type Composition } from '../../../shared/schemas/member';
import { useLiveRoster } from '../votes/useLive';
import { useWerkgroep } from './WerkgroepContext';

const BALANCE_KEYS = {
  balanced: 'werkgroep.balanced',
  too_few_bewoners: 'werkgroep.tooFewBewoners',
  too_few_ambtenaren: 'werkgroep.tooFewAmbtenaren',
  empty: 'werkgroep.empty',
} as const;

/** Bewoners against ambtenaren, side by side, with the others apart; a warning for the facilitator. */
export function ParityBar({
  counts,
  label,
}: {
  counts: Pick<Composition, 'bewoners' | 'ambtenaren'>;
  label: string;
}) {
  const { t } = useTranslation();
  const total = counts.bewoners + counts.ambtenaren;
  const share = Math.round((counts.bewoners / (total || 1)) * 100);
  return (
    <figure className="parity" aria-label={label}>
      {/* Nobody to compare: an empty bar, and words, never a half-and-half that looks like balance. */}
      <div className={`parity__bar${total ? '' : ' parity__bar--empty'}`} aria-hidden="true">
        {total > 0 && (
          <>
            <span className="parity__side parity__side--bewoners" style={{ inlineSize: `${share}%` }} />
            <span
              className="parity__side parity__side--ambtenaren"
              style={{ inlineSize: `${100 - share}%` }}
            />
          </>
        )}
      </div>
      <figcaption className="parity__legend">
        <span>
          <span className="parity__swatch parity__swatch--bewoners" aria-hidden="true" />{' '}
          {t('groups.bewoners')}: <strong>{counts.bewoners}</strong>
        </span>
        <span>
          <span className="parity__swatch parity__swatch--ambtenaren" aria-hidden="true" />{' '}
          {t('groups.ambtenaren')}: <strong>{counts.ambtenaren}</strong>
        </span>
        {total === 0 && <span className="parity__empty">{t('werkgroep.parityEmpty')}</span>}
      </figcaption>
    </figure>
  );
}

export function CompositionPanel() {
  const { t } = useTranslation();
  const { detail, room } = useWerkgroep();
  // Live from the werkgroep's room (joins, role changes, removals); the page's own answer until it syncs.
  const c = useLiveRoster(room)?.composition ?? detail.composition;
  const state = balance(c);
  const facilitator = can(detail.me.role, 'members.manage');
  return (
    <section aria-labelledby="composition-title" className="panel">
      <Heading2 id="composition-title">{t('werkgroep.compositionTitle')}</Heading2>
      <Paragraph>{t('werkgroep.compositionIntro')}</Paragraph>
      <ParityBar counts={c} label={t('werkgroep.compositionTitle')} />
      <Paragraph className="muted">
        {t('werkgroep.others', {
          partners: c.partners,
          facilitators: c.facilitators,
          observers: c.observers,
        })}
      </Paragraph>
      {c.guests > 0 && <Paragraph className="muted">{t('werkgroep.guests', { count: c.guests })}</Paragraph>}
      {state === 'balanced' ? (
        <Paragraph>{t(BALANCE_KEYS[state])}</Paragraph>
      ) : (
        facilitator && (
          <Alert type="warning" role="status">
            <Paragraph>{t(BALANCE_KEYS[state])}</Paragraph>
          </Alert>
        )
      )}
    </section>
  );
}
