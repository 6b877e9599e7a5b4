import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { authorshipShares, type Shares } from '../../../shared/editor/authorship';
import { percentages } from '../../../shared/math/percentages';
import { GROUP_TINTS } from './authorshipView';

const GROUPS = ['bewoners', 'ambtenaren', 'partners', 'facilitators', 'observers'] as const;
const ALL = [...GROUPS, 'unknown'] as const;

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
  const total = ALL.reduce((sum, g) => sum + shares[g], 0);
  if (total === 0) return <p className="shares muted">{t('authorship.noWords')}</p>;
  // Whole percentages that add up to 100 (largest remainder), words of unknown authors included.
  const pcts = percentages(ALL.map((g) => shares[g]));
  const pct = new Map(ALL.map((g, i) => [g, pcts[i] ?? 0]));
  const parts = GROUPS.filter((g) => shares[g] > 0);
  const list = parts.map((g) => `${t(`groups.${g}`)} ${pct.get(g)}%`);
  if (shares.unknown > 0) {
    list.push(
      parts.length ? `${t('authorship.unknownOnly')} ${pct.get('unknown')}%` : t('authorship.unknownOnly'),
    );
  }
  return (
    <div className="shares">
      <p className="shares__text">{t('authorship.shares', { list: list.join(', ') })}</p>
      <div className="shares__bar" aria-hidden="true">
        {parts.map((g) => (
          <span key={g} style={{ inlineSize: `${pct.get(g)}%`, backgroundColor: GROUP_TINTS[g].dark }} />
        ))}
      </div>
    </div>
  );
}
