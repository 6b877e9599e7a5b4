import { describe, expect, it } from 'vitest';
import { draftToBody, emptyDraft } from './indicatorDraft';

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
});
