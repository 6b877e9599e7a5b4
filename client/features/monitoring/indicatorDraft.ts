import { parseNumber } from '../../../shared/monitoring/csvValues';
import {
  type CreateIndicator,
  createIndicatorSchema,
  type DatedValue,
  type Direction,
  type Source,
  type Unit,
} from '../../../shared/monitoring/indicator';

/** What the indicator form holds while typing (numbers as typed: "61,5" is fine). */
export interface IndicatorDraft {
  sectionId: string;
  name: string;
  definition: string;
  unit: Unit;
  unitLabel: string;
  source: Source;
  sourceLabel: string;
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  targetDate: string;
  direction: Direction;
}

export const emptyDraft = (sectionId: string): IndicatorDraft => ({
  sectionId,
  name: '',
  definition: '',
  unit: 'percent',
  unitLabel: '',
  source: 'ggd_gezondheidsmonitor',
  sourceLabel: '',
  baselineValue: '',
  baselineDate: '',
  targetValue: '',
  targetDate: '',
  direction: 'higher_is_better',
});

/** Field name → the catalogue key of its problem (`monitoring.form.*`). */
export type DraftErrors = Partial<Record<keyof IndicatorDraft, 'required' | 'notANumber' | 'bothOrNone'>>;

function dated(
  value: string,
  date: string,
  valueKey: keyof IndicatorDraft,
  errors: DraftErrors,
): DatedValue | null {
  if (value.trim() === '' && date === '') return null;
  if (value.trim() === '' || date === '') {
    errors[
      value.trim() === '' ? valueKey : (`${valueKey.replace('Value', 'Date')}` as keyof IndicatorDraft)
    ] = 'bothOrNone';
    return null;
  }
  const n = parseNumber(value);
  if (n === null) {
    errors[valueKey] = 'notANumber';
    return null;
  }
  return { value: n, date };
}

/** The request body, or the problems per field (checked with the same schema as the server's). */
export function draftToBody(
  d: IndicatorDraft,
): { ok: true; body: CreateIndicator } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const baseline = dated(d.baselineValue, d.baselineDate, 'baselineValue', errors);
  const target = dated(d.targetValue, d.targetDate, 'targetValue', errors);
  const parsed = createIndicatorSchema.safeParse({
    sectionId: d.sectionId,
    name: d.name,
    definition: d.definition,
    unit: d.unit,
    unitLabel: d.unit === 'other' ? d.unitLabel : '',
    source: d.source,
    sourceLabel: d.source === 'other' ? d.sourceLabel : '',
    baseline,
    target,
    direction: d.direction,
  });
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === 'name' || field === 'unitLabel' || field === 'sourceLabel' || field === 'sectionId')
        errors[field] = 'required';
    }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, body: parsed.data };
}
