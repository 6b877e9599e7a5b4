import type { ActieStatus } from './actie';

/**
 * The rules of an actie that are about honesty towards the wijk, pure so the form, the server and the
 * tests share them:
 * - [UIT1] a delayed or stopped actie says why, in plain words;
 * - [UIT2] an actie is published only with "wat we niet kunnen beloven" filled in;
 * - [UIT3] its end is not before its start.
 */
export const STATUSES_NEEDING_REASON: readonly ActieStatus[] = ['vertraagd', 'gestopt'];

export type ActieRuleCode = 'reason_required' | 'niet_beloven_required' | 'end_before_start';
export interface ActieRuleProblem {
  code: ActieRuleCode;
  field: 'statusReason' | 'nietBeloven' | 'end';
}

interface RuleInput {
  status: ActieStatus;
  statusReason: string;
  nietBeloven: string;
  published: boolean;
  start: string | null;
  end: string | null;
}

export const needsReason = (status: ActieStatus): boolean => STATUSES_NEEDING_REASON.includes(status);

/** [UIT1] */
export const reasonMissing = (a: Pick<RuleInput, 'status' | 'statusReason'>): boolean =>
  needsReason(a.status) && a.statusReason.trim().length === 0;

/** [UIT2] Whether the actie may be shown outside the werkgroep as it is. */
export const mayPublish = (a: Pick<RuleInput, 'nietBeloven'>): boolean => a.nietBeloven.trim().length > 0;

/** Everything wrong with an actie as it would be stored; empty when it may be stored. */
export function actieRulesProblems(a: RuleInput): ActieRuleProblem[] {
  const problems: ActieRuleProblem[] = [];
  if (reasonMissing(a)) problems.push({ code: 'reason_required', field: 'statusReason' });
  if (a.published && !mayPublish(a)) problems.push({ code: 'niet_beloven_required', field: 'nietBeloven' });
  if (a.start !== null && a.end !== null && a.end < a.start)
    problems.push({ code: 'end_before_start', field: 'end' });
  return problems;
}
