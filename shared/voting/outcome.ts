import type { VoteOption } from '../schemas/voteBasics';
import { methodOf } from './methods';
import type { Tally } from './result';

/**
 * What a count came to, before it is put into words: the app (i18next) and the export (its own
 * labels) each say it in their language from this one reading of the tally.
 */
export type Outcome =
  | { kind: 'noVotes' | 'quorum' | 'groupWithout' | 'consentPassed' | 'consentBlocked' }
  | { kind: 'noMajority' | 'noDoubleMajority' }
  /** `highest`: the winners of a score or dots vote; `chosen`: of the other methods. */
  | { kind: 'chosen' | 'highest' | 'tie'; options: string };

export function outcomeOf(tally: Tally, options: readonly VoteOption[]): Outcome {
  const label = (id: string) => options.find((o) => o.id === id)?.label ?? id;
  const list = (ids: readonly string[]) => ids.map((id) => `“${label(id)}”`).join(', ');
  switch (tally.status) {
    case 'no_votes':
      return { kind: 'noVotes' };
    case 'quorum_not_met':
      return { kind: 'quorum' };
    case 'group_without_votes':
      return { kind: 'groupWithout' };
  }
  const wording = methodOf(tally.method).outcome;
  if (wording === 'consent') return { kind: tally.passed ? 'consentPassed' : 'consentBlocked' };
  if (tally.passed) return { kind: wording, options: list(tally.winners) };
  if (tally.tie) {
    const top = tally.ranking[0]?.score ?? 0;
    return {
      kind: 'tie',
      options: list(tally.ranking.filter((r) => r.score === top).map((r) => r.optionId)),
    };
  }
  return { kind: tally.rule === 'dubbele_meerderheid' ? 'noDoubleMajority' : 'noMajority' };
}
