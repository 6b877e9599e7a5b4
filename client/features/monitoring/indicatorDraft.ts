import { parseNumber } from '../../../shared/monitoring/csvValues';
import {
  type CreateIndicator,
  createIndicatorSchema,
  type DatedValue,
  type Direction,
  type Indicator,
  type Source,
  type Unit,
  type UpdateIndicator,
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
export type DraftErrors = Partial<
  Record<keyof IndicatorDraft, 'required' | 'notANumber' | 'bothOrNone' | 'invalid'>
>;

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

/** The form filled with an indicator as it is stored (numbers with a dot: the form reads both). */
export const draftFrom = (i: Indicator): IndicatorDraft => ({
  sectionId: i.sectionId,
  name: i.name,
  definition: i.definition,
  unit: i.unit,
  unitLabel: i.unitLabel,
  source: i.source,
  sourceLabel: i.sourceLabel,
  baselineValue: i.baseline ? String(i.baseline.value) : '',
  baselineDate: i.baseline?.date ?? '',
  targetValue: i.target ? String(i.target.value) : '',
  targetDate: i.target?.date ?? '',
  direction: i.direction,
});

/** Only the fields that differ from the stored indicator (an empty object: nothing changed). */
export function changedFields(before: Indicator, after: CreateIndicator): UpdateIndicator {
  const change: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after))
    if (JSON.stringify(value) !== JSON.stringify(before[key as keyof CreateIndicator])) change[key] = value;
  return change as UpdateIndicator;
}

/** The server's problems per field (`target.value` → the target's value box), in the form's words. */
export function serverErrors(issues: readonly { path: string }[]): DraftErrors {
  const errors: DraftErrors = {};
  const fields: Record<string, keyof IndicatorDraft> = {
    baseline: 'baselineValue',
    target: 'targetValue',
    'baseline.date': 'baselineDate',
    'target.date': 'targetDate',
  };
  for (const { path } of issues) {
    const field = fields[path] ?? fields[path.split('.')[0] ?? ''] ?? path;
    if (field in emptyDraft('')) errors[field as keyof IndicatorDraft] = 'invalid';
  }
  return errors;
}
