import type { TFunction } from 'i18next';
import type { VoteOption } from '../../../shared/schemas/vote';
import { outcomeOf } from '../../../shared/voting/outcome';
import type { Tally } from '../../../shared/voting/result';

/** The result of a count in one plain sentence (B1), for the screen, the list and the decision. */
export function outcomeSentence(
  t: TFunction,
  tally: Tally,
  options: readonly VoteOption[],
  /** Unknown for a decision (it keeps the figures, not the settings). */
  quorum?: { bewoners: number; ambtenaren: number },
): string {
  const o = outcomeOf(tally, options);
  switch (o.kind) {
    case 'quorum':
      return quorum
        ? t('votes.outcome.quorum', { bewoners: quorum.bewoners, ambtenaren: quorum.ambtenaren })
        : t('votes.outcome.quorumShort');
    case 'chosen':
    case 'highest':
    case 'tie':
      return t(`votes.outcome.${o.kind}`, { options: o.options });
    default:
      return t(`votes.outcome.${o.kind}`);
  }
}
