import { useTranslation } from 'react-i18next';
import type { AkkoordStatus } from '../../../shared/akkoord/akkoord';

/** The akkoord's status as a badge: concept, ter ondertekening, getekend. */
export function StatusLine({ status }: { status: AkkoordStatus }) {
  const { t } = useTranslation();
  return (
    <p className={`akkoord-status akkoord-status--${status}`} data-status={status}>
      <span className="visually-hidden">{t('akkoord.statusLabel')} </span>
      <span className="akkoord-status__text">{t(`akkoord.status.${status}`)}</span>
    </p>
  );
}
