import { describe, expect, it } from 'vitest';
import { actieRulesProblems, mayPublish, reasonMissing } from './rules';

const base = {
  status: 'gepland' as const,
  statusReason: '',
  nietBeloven: '',
  published: false,
  start: '2027-01-01',
  end: '2027-06-30',
};

describe('actie rules', () => {
  it('[UIT1] a delayed or stopped actie needs a reason in words; other statuses do not', () => {
    expect(reasonMissing({ status: 'vertraagd', statusReason: '' })).toBe(true);
    expect(reasonMissing({ status: 'gestopt', statusReason: '   ' })).toBe(true);
    expect(reasonMissing({ status: 'gestopt', statusReason: 'Geen geld meer.' })).toBe(false);
    for (const status of ['gepland', 'bezig', 'klaar'] as const)
      expect(reasonMissing({ status, statusReason: '' })).toBe(false);
    expect(actieRulesProblems({ ...base, status: 'vertraagd' })).toEqual([
      { code: 'reason_required', field: 'statusReason' },
    ]);
  });

  it('[UIT2] publishing needs "wat we niet kunnen beloven"; a draft does not', () => {
    expect(mayPublish({ nietBeloven: ' ' })).toBe(false);
    expect(actieRulesProblems({ ...base, published: true })).toEqual([
      { code: 'niet_beloven_required', field: 'nietBeloven' },
    ]);
    expect(actieRulesProblems({ ...base, published: true, nietBeloven: 'Geen nieuwe bomen.' })).toEqual([]);
    expect(actieRulesProblems(base)).toEqual([]);
  });

  it('[UIT3] the end is not before the start', () => {
    expect(actieRulesProblems({ ...base, end: '2026-12-31' })).toEqual([
      { code: 'end_before_start', field: 'end' },
    ]);
  });
});
