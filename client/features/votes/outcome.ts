import type { TFunction } from 'i18next';
import type { VoteOption } from '../../../shared/schemas/vote';
import type { Tally } from '../../../shared/voting/result';

/** The result of a count in one plain sentence (B1), for the screen, the list and the decision. */
export function outcomeSentence(
  t: TFunction,
  tally: Tally,
  options: readonly VoteOption[],
  /** Unknown for a decision (it keeps the figures, not the settings). */
  quorum?: { bewoners: number; ambtenaren: number },
): string {
  const label = (id: string) => options.find((o) => o.id === id)?.label ?? id;
  const list = (ids: readonly string[]) => ids.map((id) => `“${label(id)}”`).join(', ');
  switch (tally.status) {
    case 'no_votes':
      return t('votes.outcome.noVotes');
    case 'quorum_not_met':
      return quorum
        ? t('votes.outcome.quorum', { bewoners: quorum.bewoners, ambtenaren: quorum.ambtenaren })
        : t('votes.outcome.quorumShort');
    case 'group_without_votes':
      return t('votes.outcome.groupWithout');
  }
  if (tally.method === 'consent')
    return tally.passed ? t('votes.outcome.consentPassed') : t('votes.outcome.consentBlocked');
  if (tally.passed) {
    return tally.method === 'score' || tally.method === 'dots'
      ? t('votes.outcome.highest', { options: list(tally.winners) })
      : t('votes.outcome.chosen', { options: list(tally.winners) });
  }
  if (tally.tie) {
    const top = tally.ranking[0]?.score ?? 0;
    return t('votes.outcome.tie', {
      options: list(tally.ranking.filter((r) => r.score === top).map((r) => r.optionId)),
    });
  }
  if (tally.rule === 'dubbele_meerderheid') return t('votes.outcome.noDoubleMajority');
  return t('votes.outcome.noMajority');
}
