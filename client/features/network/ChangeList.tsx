import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkChange } from '../../../shared/network/change';
import { useWords } from './useWords';

const FIRST = 8;

/** "Wie veranderde wat": the newest changes to the network, with who made them and when. */
export function ChangeList({ changes }: { changes: readonly NetworkChange[] }) {
  const { t } = useTranslation();
  const w = useWords();
  const [all, setAll] = useState(false);
  const shown = all ? changes : changes.slice(0, FIRST);
  return (
    <section aria-labelledby="network-changes" className="network-section">
      <h2 id="network-changes" className="utrecht-heading-2">
        {t('network.changes.title')}
      </h2>
      {changes.length === 0 ? (
        <p className="muted">{t('network.changes.none')}</p>
      ) : (
        <ol className="network-changes">
          {shown.map((c) => (
            <li key={`${c.at}:${c.entityId}:${c.action}:${c.memberId}`}>
              {t(`network.changes.${c.entity}.${c.action}`, { who: w.member(c.memberId), label: c.label })}{' '}
              <time className="muted" dateTime={new Date(c.at).toISOString()}>
                {w.when(c.at)}
              </time>
            </li>
          ))}
        </ol>
      )}
      {changes.length > FIRST && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => setAll(!all)}
        >
          {all ? t('network.changes.fewer') : t('network.changes.all', { n: changes.length })}
        </button>
      )}
    </section>
  );
}
