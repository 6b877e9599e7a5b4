import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../shared/monitoring/indicator';
import { changedFields, draftFrom, draftToBody, emptyDraft, serverErrors } from './indicatorDraft';

describe('the indicator form', () => {
  it('reads decimal commas and leaves an empty baseline out', () => {
    const r = draftToBody({
      ...emptyDraft('s1abcdefgh'),
      name: 'Eenzaamheid',
      targetValue: '40,5',
      targetDate: '2030-01-01',
    });
    expect(r.ok && [r.body.baseline, r.body.target]).toEqual([null, { value: 40.5, date: '2030-01-01' }]);
  });
  it('names the fields that are wrong', () => {
    const r = draftToBody({
      ...emptyDraft('s1abcdefgh'),
      unit: 'other',
      baselineValue: 'veel',
      baselineDate: '2022-01-01',
      targetValue: '3',
    });
    expect(!r.ok && r.errors).toEqual({
      name: 'required',
      unitLabel: 'required',
      baselineValue: 'notANumber',
      targetDate: 'bothOrNone',
    });
  });
  it('fills the form with a stored indicator and sends back only what changed', () => {
    const stored: Indicator = {
      id: 'in1abcdefgh',
      sectionId: 's1abcdefgh',
      name: 'Eenzaamheid',
      definition: '',
      unit: 'percent',
      unitLabel: '',
      source: 'ggd_gezondheidsmonitor',
      sourceLabel: '',
      baseline: { value: 61.5, date: '2022-01-01' },
      target: { value: 50, date: '2030-01-01' },
      direction: 'lower_is_better',
      createdBy: 'm1abcdefgh',
      createdAt: 1,
    };
    const draft = draftFrom(stored);
    const same = draftToBody(draft);
    expect(same.ok && changedFields(stored, same.body)).toEqual({});
    const changed = draftToBody({ ...draft, name: 'Eenzaam', targetValue: '45' });
    expect(changed.ok && changedFields(stored, changed.body)).toEqual({
      name: 'Eenzaam',
      target: { value: 45, date: '2030-01-01' },
    });
  });
  it('puts the problems the server names beside their fields', () => {
    expect(serverErrors([{ path: 'target.value' }, { path: 'unitLabel' }, { path: 'elders' }])).toEqual({
      targetValue: 'invalid',
      unitLabel: 'invalid',
    });
  });
});
