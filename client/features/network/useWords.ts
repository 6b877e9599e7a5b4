import { useTranslation } from 'react-i18next';
import { type Language, languageOf } from '../../../shared/i18n/translate';
import type { NetworkTheme } from '../../../shared/network/common';
import type { InitiativeStatus, Period } from '../../../shared/network/initiative';
import { isStandardKind } from '../../../shared/network/party';
import { periodWords } from '../../../shared/network/periodWords';
import type { RelationKind } from '../../../shared/network/relation';
import { useNetwork } from './NetworkContext';

/** The words the network screens put on records: kinds, themes, statuses, names by id, periods. */
export function useWords() {
  const { t, i18n } = useTranslation();
  const { view, members } = useNetwork();
  const lang: Language = languageOf(i18n.language);
  const money = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'EUR' });
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const parties = new Map(view.parties.map((p) => [p.id, p.name]));
  return {
    lang,
    /** A standard kind in the current language; the werkgroep's own kind as they wrote it. */
    kind: (kind: string) => (isStandardKind(kind) ? t(`network.kinds.${kind}`) : kind),
    theme: (theme: NetworkTheme) => t(`network.themes.${theme}`),
    themes: (themes: readonly NetworkTheme[]) => themes.map((x) => t(`network.themes.${x}`)).join(', '),
    status: (status: InitiativeStatus) => t(`network.statuses.${status}`),
    relation: (kind: RelationKind) => t(`network.relationKinds.${kind}`),
    party: (id: string | null) => (id === null ? '' : (parties.get(id) ?? t('network.unknownParty'))),
    member: (id: string) => members.get(id)?.displayName ?? t('network.someone'),
    period: (period: Period) => periodWords(period, lang) ?? t('network.noPeriod'),
    money: (amount: number) => money.format(amount),
    when: (at: number) => dateTime.format(new Date(at)),
  };
}
