import { useTranslation } from 'react-i18next';
import type { FilteredNetwork } from '../../../shared/network/filters';
import type { NetworkView } from '../../../shared/network/network';

/** How much the network holds (and, with filters on, how much of it shows). */
export function NetworkCounts({
  view,
  shown,
  filtering,
  openOverlaps,
}: {
  view: NetworkView;
  shown: FilteredNetwork;
  filtering: boolean;
  openOverlaps: number;
}) {
  const { t } = useTranslation();
  const line = (key: string, count: number, all: number) =>
    filtering
      ? t(`network.counts.${key}Shown`, { count: all, shown: count })
      : t(`network.counts.${key}`, { count });
  return (
    <ul className="network-counts" aria-label={t('network.counts.label')}>
      <li>{line('parties', shown.parties.length, view.parties.length)}</li>
      <li>{line('initiatives', shown.initiatives.length, view.initiatives.length)}</li>
      <li>{line('relations', shown.relations.length, view.relations.length)}</li>
      <li className={openOverlaps > 0 ? 'network-counts__warn' : undefined}>
        {t('network.counts.overlaps', { count: openOverlaps })}
      </li>
    </ul>
  );
}
