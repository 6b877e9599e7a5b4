import { useTranslation } from 'react-i18next';
import type { Actie, ActieStatus } from '../../../shared/uitvoering/actie';
import type { StatusTone } from '../../ui/StatusBadge';

/** The tone of a status badge: done is good news, delayed a warning, stopped the bad one. */
export const STATUS_TONE: Record<ActieStatus, StatusTone> = {
  gepland: 'busy',
  bezig: 'busy',
  klaar: 'ok',
  vertraagd: 'warning',
  gestopt: 'error',
};

/** Dates and periods in the page's language ('2027-03-01' → '1 maart 2027'). */
export function useDateWords() {
  const { t, i18n } = useTranslation();
  const dayFormat = new Intl.DateTimeFormat(i18n.language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const timeFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' });
  const day = (d: string) => dayFormat.format(new Date(`${d}T00:00:00Z`));
  const moment = (ms: number) => timeFormat.format(new Date(ms));
  const period = (a: Pick<Actie, 'start' | 'end'>) => {
    if (a.start && a.end) return t('uitvoering.period', { start: day(a.start), end: day(a.end) });
    if (a.start) return t('uitvoering.from', { start: day(a.start) });
    if (a.end) return t('uitvoering.until', { end: day(a.end) });
    return t('uitvoering.noDates');
  };
  const euro = new Intl.NumberFormat(i18n.language, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  return { day, moment, period, euro: (n: number) => euro.format(n) };
}
