import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { authorshipShares, type Shares } from '../../../shared/editor/authorship';
import { GROUP_TINTS } from './authorshipView';

const SHOWN = ['bewoners', 'ambtenaren', 'partners', 'facilitators'] as const;

/** Each group's share of the words in one section, as text (screen readers) and as a bar. */
export function SharesBar({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const [shares, setShares] = useState<Shares>(() => authorshipShares(doc));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onUpdate = () => {
      timer ??= setTimeout(() => {
        timer = null;
        setShares(authorshipShares(doc));
      }, 400);
    };
    doc.on('update', onUpdate);
    setShares(authorshipShares(doc));
    return () => {
      doc.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [doc]);
  const total = Object.values(shares).reduce((a, b) => a + b, 0);
  if (total === 0) return <p className="shares muted">{t('authorship.noWords')}</p>;
  const pct = (n: number) => Math.round((n / total) * 100);
  const parts = SHOWN.filter((g) => shares[g] > 0);
  return (
    <div className="shares">
      <p className="shares__text">
        {t('authorship.shares', {
          list:
            parts.map((g) => `${t(`groups.${g}`)} ${pct(shares[g])}%`).join(', ') ||
            t('authorship.unknownOnly'),
        })}
      </p>
      <div className="shares__bar" aria-hidden="true">
        {parts.map((g) => (
          <span key={g} style={{ inlineSize: `${pct(shares[g])}%`, backgroundColor: GROUP_TINTS[g].dark }} />
        ))}
      </div>
    </div>
  );
}
