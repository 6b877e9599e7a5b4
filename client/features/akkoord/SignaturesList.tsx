import { useTranslation } from 'react-i18next';
import type { Signature } from '../../../shared/akkoord/signature';
import { formatDay } from './akkoordModel';
import { type AkkoordScreen, partyName } from './akkoordScreen';

/**
 * Every signature: who (or "Vertegenwoordiger van <partij>" when they chose not to be named), for
 * which party, when. Voided ones (the text was reopened) stay, struck through, marked "vervallen".
 */
export function SignaturesList({ screen }: { screen: AkkoordScreen }) {
  const { t, i18n } = useTranslation();
  const signatures = [...screen.view.signatures].sort(
    (a, b) => Number(a.voidedAt !== null) - Number(b.voidedAt !== null) || (a.signedAt < b.signedAt ? 1 : -1),
  );
  if (signatures.length === 0) return null;
  const who = (s: Signature) => {
    const party = partyName(screen, s.partyId);
    const name = s.signerName ?? t('akkoord.signatures.representative', { party });
    return s.function ? `${name}, ${s.function}` : name;
  };
  return (
    <div className="signatures">
      <h3 className="utrecht-heading-3">{t('akkoord.signatures.title')}</h3>
      <div className="table-scroll">
        <table className="akkoord-table akkoord-table--stack">
          <thead>
            <tr>
              <th scope="col">{t('akkoord.signatures.who')}</th>
              <th scope="col">{t('akkoord.signatures.party')}</th>
              <th scope="col">{t('akkoord.signatures.when')}</th>
            </tr>
          </thead>
          <tbody>
            {signatures.map((s) => {
              const voided = s.voidedAt !== null;
              return (
                <tr key={s.id} className={voided ? 'signature--voided' : undefined}>
                  <td data-label={t('akkoord.signatures.who')}>
                    {voided ? <s>{who(s)}</s> : who(s)}
                    {!s.named && s.signerName && (
                      <span className="muted"> ({t('akkoord.signatures.notNamed')})</span>
                    )}
                  </td>
                  <td data-label={t('akkoord.signatures.party')}>{partyName(screen, s.partyId)}</td>
                  <td data-label={t('akkoord.signatures.when')}>
                    {voided ? (
                      <s>{formatDay(s.signedAt, i18n.language)}</s>
                    ) : (
                      formatDay(s.signedAt, i18n.language)
                    )}
                    {voided && <span className="signature__voided"> {t('akkoord.signatures.voided')}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
