import { useTranslation } from 'react-i18next';
import type { Quorum, VoteOption, VoteStatus } from '../../../shared/schemas/vote';
import { CONSENT_CHOICES, type VotingGroup } from '../../../shared/schemas/vote';
import type { GroupFigures, Tally } from '../../../shared/voting/result';
import { outcomeSentence } from './outcome';

/**
 * The count as a table: each option (or consent choice) per group, and the combined figure under the
 * vote's rule. A table reads well on a projector and in a screen reader; the bars only repeat it.
 */
export function ResultTable({
  tally,
  options,
  status,
  quorum,
  maxRows,
}: {
  tally: Tally;
  options: readonly VoteOption[];
  status: VoteStatus;
  quorum?: Quorum;
  /** Show only the best this many options (the room screen: it cannot scroll); the rest are counted. */
  maxRows?: number;
}) {
  const { t, i18n } = useTranslation();
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const num = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const groups: { key: VotingGroup; figures: GroupFigures }[] = [
    { key: 'bewoners', figures: tally.groups.bewoners },
    { key: 'ambtenaren', figures: tally.groups.ambtenaren },
    ...(tally.groups.partners ? [{ key: 'partners' as const, figures: tally.groups.partners }] : []),
  ];
  const rawText = (raw: number, figures: GroupFigures) => {
    const counted = figures.voters - figures.abstained;
    if (tally.method === 'score')
      return t('votes.result.meanScore', { score: num.format(counted ? raw / counted : 0) });
    if (tally.method === 'dots') return t('votes.result.dots', { count: raw });
    return t('votes.result.votes', { count: raw });
  };
  const winners = new Set(tally.winners);
  const shown = maxRows === undefined ? tally.ranking : tally.ranking.slice(0, maxRows);
  const hidden = tally.ranking.length - shown.length;
  const open = status === 'open';
  const sentence = outcomeSentence(t, tally, options, quorum, open);
  const groupHeader = (g: VotingGroup) =>
    g === 'partners' ? t('votes.result.partnersAdvisory') : t(`groups.${g}`);

  return (
    <div className={`result${maxRows !== undefined && shown.length > 3 ? ' result--dense' : ''}`}>
      <p
        className={`result__outcome${open ? ' result__outcome--open' : tally.passed ? ' result__outcome--passed' : ''}`}
        aria-live="polite"
      >
        {open && <span className="result__interim">{t('votes.result.interim')}</span>}
        {sentence}
      </p>
      <div className="result__scroll">
        <table className="result__table">
          <caption>{t('votes.result.caption', { rule: t(`votes.rules.${tally.rule}.name`) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('votes.result.option')}</th>
              {groups.map((g) => (
                <th scope="col" key={g.key} className={`result__group result__group--${g.key}`}>
                  {groupHeader(g.key)}
                </th>
              ))}
              {tally.method !== 'consent' && <th scope="col">{t(`votes.rules.${tally.rule}.combined`)}</th>}
            </tr>
          </thead>
          <tbody>
            {tally.method === 'consent'
              ? CONSENT_CHOICES.map((choice) => (
                  <tr key={choice}>
                    <th scope="row">{t(`votes.consent.${choice}`)}</th>
                    {groups.map((g) => (
                      <td key={g.key} data-label={groupHeader(g.key)}>
                        {g.figures.consent?.[choice] ?? 0}
                      </td>
                    ))}
                  </tr>
                ))
              : shown.map((r) => {
                  const option = options.find((o) => o.id === r.optionId);
                  return (
                    <tr
                      key={r.optionId}
                      className={winners.has(r.optionId) ? 'result__row--winner' : undefined}
                    >
                      <th scope="row">
                        {option?.label ?? r.optionId}
                        {winners.has(r.optionId) && (
                          <span className="result__badge">
                            {t(open ? 'votes.result.leading' : 'votes.result.winner')}
                          </span>
                        )}
                      </th>
                      {groups.map((g) => {
                        const f = g.figures.options[r.optionId] ?? { raw: 0, share: 0 };
                        return (
                          <td key={g.key} data-label={groupHeader(g.key)}>
                            <span className="result__pct">{pct.format(f.share)}</span>
                            <span className="result__raw">{rawText(f.raw, g.figures)}</span>
                            <span className="result__bar" aria-hidden="true">
                              <span
                                className={`result__fill result__fill--${g.key}`}
                                style={{ inlineSize: `${Math.round(f.share * 100)}%` }}
                              />
                            </span>
                          </td>
                        );
                      })}
                      <td className="result__combined" data-label={t(`votes.rules.${tally.rule}.combined`)}>
                        {pct.format(r.score)}
                      </td>
                    </tr>
                  );
                })}
          </tbody>
        </table>
      </div>
      {tally.method !== 'consent' && hidden > 0 && (
        <p className="result__more">{t('votes.result.more', { count: hidden })}</p>
      )}
      {tally.method === 'consent' && groups.some((g) => (g.figures.consent?.objections.length ?? 0) > 0) && (
        <div className="result__objections">
          <h3 className="utrecht-heading-3">{t('votes.result.objections')}</h3>
          <ul>
            {groups.flatMap((g) =>
              (g.figures.consent?.objections ?? []).map((reason, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: reasons have no id and never reorder.
                <li key={`${g.key}-${i}`}>
                  <span className={`chip chip--${g.key}`}>{groupHeader(g.key)}</span> {reason}
                </li>
              )),
            )}
          </ul>
        </div>
      )}
      <p className="muted">{t(`votes.rules.${tally.rule}.explain`)}</p>
    </div>
  );
}
