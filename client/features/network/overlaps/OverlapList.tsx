import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { OverlapItem } from './OverlapItem';
import type { OverlapItemData } from './overlapState';

/** "Mogelijke overlap": every flagged pair among what the filters show, open ones first. */
export function OverlapList({ items }: { items: readonly OverlapItemData[] }) {
  const { t } = useTranslation();
  const open = items.filter((i) => !i.mark).length;
  return (
    <section aria-labelledby="network-overlaps" className="network-section">
      <Heading2 id="network-overlaps">{t('network.overlaps.title')}</Heading2>
      <Paragraph className="muted">
        {items.length === 0
          ? t('network.overlaps.none')
          : t('network.overlaps.summary', { count: items.length, open })}
      </Paragraph>
      {items.length > 0 && (
        <ul className="network-overlaps">
          {items.map((item) => (
            <OverlapItem key={item.key} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}
