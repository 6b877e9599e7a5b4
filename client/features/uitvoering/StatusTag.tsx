import './statusTag.css';
import { useTranslation } from 'react-i18next';
import type { ActieStatus } from '../../../shared/uitvoering/actie';
import { STATUS_TONE } from './words';

/** An actie's status as a small badge (words and colour; the words carry the meaning). */
export function StatusTag({ status }: { status: ActieStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`actie-status actie-status--${STATUS_TONE[status]}`} data-status={status}>
      <span className="status__dot" aria-hidden="true" />
      {t(`uitvoering.statuses.${status}`)}
    </span>
  );
}
