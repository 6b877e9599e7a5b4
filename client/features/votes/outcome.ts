import type { TFunction } from 'i18next';
import type { VoteOption } from '../../../shared/schemas/vote';
import { outcomeOf } from '../../../shared/voting/outcome';
import type { Tally } from '../../../shared/voting/result';

/**
 * The result of a count in one plain sentence (B1), for the screen, the list and the decision. While
 * the vote is `open` the sentence says how it stands now ("Nu voorop"), never that something is
 * chosen or adopted: people read a projector from afar and take what it says as the decision.
 */
export function outcomeSentence(
  t: TFunction,
  tally: Tally,
  options: readonly VoteOption[],
  /** Unknown for a decision (it keeps the figures, not the settings). */
  quorum?: { bewoners: number; ambtenaren: number },
  open = false,
): string {
  const o = outcomeOf(tally, options);
  const set = open ? 'votes.outcomeOpen' : 'votes.outcome';
  switch (o.kind) {
    case 'quorum':
      return quorum
        ? t(`${set}.quorum`, { bewoners: quorum.bewoners, ambtenaren: quorum.ambtenaren })
        : t(`${set}.quorumShort`);
    case 'chosen':
    case 'highest':
    case 'tie':
      return t(`${set}.${o.kind}`, { options: o.options });
    default:
      return t(`${set}.${o.kind}`);
  }
}
