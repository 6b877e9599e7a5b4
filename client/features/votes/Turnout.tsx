import { useTranslation } from 'react-i18next';
import type { VoteView } from '../../../shared/voting/voteView';

/** How many of each group voted: always visible, also in a secret vote. */
export function Turnout({ vote }: { vote: VoteView }) {
  const { t } = useTranslation();
  const rows = (['bewoners', 'ambtenaren', 'partners'] as const).flatMap((g) => {
    const voted = vote.turnout[g];
    const of = vote.eligible[g];
    return voted === null || of === null ? [] : [{ g, voted, of }];
  });
  const proxies = (g: 'bewoners' | 'ambtenaren' | 'partners') => vote.tally?.groups[g]?.proxies ?? 0;
  return (
    <ul className="turnout" aria-label={t('votes.turnout.label')}>
      {rows.map(({ g, voted, of }) => (
        <li key={g} className="turnout__row">
          <span className={`chip chip--${g}`}>
            {g === 'partners' ? t('votes.result.partnersAdvisory') : t(`groups.${g}`)}
          </span>
          <span className="turnout__text">{t('votes.turnout.count', { voted, count: of })}</span>
          <span className="turnout__bar" aria-hidden="true">
            <span
              className={`result__fill result__fill--${g}`}
              style={{ inlineSize: `${of ? Math.round((voted / of) * 100) : 0}%` }}
            />
          </span>
          {(proxies(g) > 0 || (g !== 'partners' && vote.quorum[g] > 0)) && (
            <span className="muted turnout__extra">
              {[
                proxies(g) > 0 ? t('votes.turnout.proxies', { count: proxies(g) }) : '',
                g !== 'partners' && vote.quorum[g] > 0
                  ? t('votes.turnout.quorum', { count: vote.quorum[g] })
                  : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
