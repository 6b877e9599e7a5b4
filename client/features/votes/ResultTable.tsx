import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Quorum, VoteOption, VoteStatus } from '../../../shared/schemas/vote';
import { CONSENT_CHOICES, type VotingGroup } from '../../../shared/schemas/vote';
import { type OptionFigure, optionFigure } from '../../../shared/voting/figures';
import { methodOf } from '../../../shared/voting/methods';
import type { GroupFigures, Tally } from '../../../shared/voting/result';
import { outcomeSentence } from './outcome';

interface Group {
  key: VotingGroup;
  figures: GroupFigures;
}

const groupHeader = (t: TFunction, g: VotingGroup) =>
  g === 'partners' ? t('votes.result.partnersAdvisory') : t(`groups.${g}`);

/** The consent choices per group. */
function ConsentRows({ groups }: { groups: readonly Group[] }) {
  const { t } = useTranslation();
  return CONSENT_CHOICES.map((choice) => (
    <tr key={choice}>
      <th scope="row">{t(`votes.consent.${choice}`)}</th>
      {groups.map((g) => (
        <td key={g.key} data-label={groupHeader(t, g.key)}>
          {g.figures.consent?.[choice] ?? 0}
        </td>
      ))}
    </tr>
  ));
}

/** One group's figure for an option: its share, what it stands for (votes, dots, mean score) and a bar. */
function FigureCell({ group, figure }: { group: VotingGroup; figure: OptionFigure }) {
  const { t, i18n } = useTranslation();
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const num = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const raw =
    figure.key === 'meanScore'
      ? t('votes.result.meanScore', { score: num.format(figure.mean) })
      : t(`votes.result.${figure.key}`, { count: figure.raw });
  return (
    <td data-label={groupHeader(t, group)}>
      <span className="result__pct">{pct.format(figure.share)}</span>
      <span className="result__raw">{raw}</span>
      <span className="result__bar" aria-hidden="true">
        <span
          className={`result__fill result__fill--${group}`}
          style={{ inlineSize: `${Math.round(figure.share * 100)}%` }}
        />
      </span>
    </td>
  );
}

/** The ranked options with each group's figure and the combined score under the rule. */
function OptionRows(props: {
  tally: Tally;
  options: readonly VoteOption[];
  groups: readonly Group[];
  shown: Tally['ranking'];
  open: boolean;
}) {
  const { tally, options, groups, shown, open } = props;
  const { t, i18n } = useTranslation();
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const winners = new Set(tally.winners);
  return shown.map((r) => (
    <tr key={r.optionId} className={winners.has(r.optionId) ? 'result__row--winner' : undefined}>
      <th scope="row">
        {options.find((o) => o.id === r.optionId)?.label ?? r.optionId}
        {winners.has(r.optionId) && (
          <span className="result__badge">{t(open ? 'votes.result.leading' : 'votes.result.winner')}</span>
        )}
      </th>
      {groups.map((g) => (
        <FigureCell
          key={g.key}
          group={g.key}
          figure={optionFigure(tally.method, g.figures.options[r.optionId])}
        />
      ))}
      <td className="result__combined" data-label={t(`votes.rules.${tally.rule}.combined`)}>
        {pct.format(r.score)}
      </td>
    </tr>
  ));
}

/** The reasons given with objections, each with its group. */
function Objections({ groups }: { groups: readonly Group[] }) {
  const { t } = useTranslation();
  if (!groups.some((g) => (g.figures.consent?.objections.length ?? 0) > 0)) return null;
  return (
    <div className="result__objections">
      <h3 className="utrecht-heading-3">{t('votes.result.objections')}</h3>
      <ul>
        {groups.flatMap((g) =>
          (g.figures.consent?.objections ?? []).map((reason, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: reasons have no id and never reorder.
            <li key={`${g.key}-${i}`}>
              <span className={`chip chip--${g.key}`}>{groupHeader(t, g.key)}</span> {reason}
            </li>
          )),
        )}
      </ul>
    </div>
  );
}

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
  const { t } = useTranslation();
  const groups: Group[] = [
    { key: 'bewoners', figures: tally.groups.bewoners },
    { key: 'ambtenaren', figures: tally.groups.ambtenaren },
    ...(tally.groups.partners ? [{ key: 'partners' as const, figures: tally.groups.partners }] : []),
  ];
  const hasOptions = methodOf(tally.method).options;
  const shown = maxRows === undefined ? tally.ranking : tally.ranking.slice(0, maxRows);
  const hidden = tally.ranking.length - shown.length;
  const open = status === 'open';
  const outcomeClass = open ? ' result__outcome--open' : tally.passed ? ' result__outcome--passed' : '';

  return (
    <div className={`result${maxRows !== undefined && shown.length > 3 ? ' result--dense' : ''}`}>
      <p className={`result__outcome${outcomeClass}`} aria-live="polite">
        {open && <span className="result__interim">{t('votes.result.interim')}</span>}
        {outcomeSentence(t, tally, options, quorum, open)}
      </p>
      <div className="result__scroll">
        <table className="result__table">
          <caption>{t('votes.result.caption', { rule: t(`votes.rules.${tally.rule}.name`) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('votes.result.option')}</th>
              {groups.map((g) => (
                <th scope="col" key={g.key} className={`result__group result__group--${g.key}`}>
                  {groupHeader(t, g.key)}
                </th>
              ))}
              {hasOptions && <th scope="col">{t(`votes.rules.${tally.rule}.combined`)}</th>}
            </tr>
          </thead>
          <tbody>
            {hasOptions ? (
              <OptionRows tally={tally} options={options} groups={groups} shown={shown} open={open} />
            ) : (
              <ConsentRows groups={groups} />
            )}
          </tbody>
        </table>
      </div>
      {hasOptions && hidden > 0 && (
        <p className="result__more">{t('votes.result.more', { count: hidden })}</p>
      )}
      {!hasOptions && <Objections groups={groups} />}
      <p className="muted">{t(`votes.rules.${tally.rule}.explain`)}</p>
    </div>
  );
}
