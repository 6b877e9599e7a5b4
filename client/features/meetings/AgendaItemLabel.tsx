import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/schemas/meeting';

/** An agenda item's number, title and timebox, "nu" on the current one: the console's and phones' agenda rows. */
export function AgendaItemLabel({
  number,
  item,
  current,
}: {
  number: number;
  item: Meeting['agenda'][number];
  current: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <span className="agenda__number">{number}</span>
      <span className="agenda__title">
        {item.title}
        <span className="muted agenda__minutes"> · {t('meetings.minutes', { count: item.minutes })}</span>
        {current && <span className="agenda__now"> · {t('meetings.now')}</span>}
      </span>
    </>
  );
}
