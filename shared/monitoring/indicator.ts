import { z } from 'zod';
import { idSchema, lineSchema } from '../schemas/common';

/**
 * Monitoring (issue 19): indicators per ambition (a section of the werkgroep's ambitiedocument), each
 * with a nulmeting (baseline), a streefwaarde (target), the direction that counts as better, and the
 * measurements over time — of the wijk and, where a source has it, the gemeente's average.
 */
export const MONITORING_LIMITS = {
  nameMax: 120,
  definitionMax: 1000,
  unitLabelMax: 30,
  sourceLabelMax: 120,
  noteMax: 200,
  indicatorsPerWerkgroep: 100,
  measurementsPerIndicator: 500,
  /** A CSV file: kept on the client (refused before sending) and on the server. */
  csvBytes: 512 * 1024,
  /** Data rows of one CSV file (the header not counted). */
  csvRows: 2000,
  /** At most this many row problems are reported for one file. */
  csvProblems: 25,
  /** Measured values stay within this (no overflow in storage or charts). */
  valueAbsMax: 1e12,
} as const;

export const UNITS = ['percent', 'count', 'score', 'euro', 'other'] as const;
export const unitSchema = z.enum(UNITS);
export type Unit = z.infer<typeof unitSchema>;

export const SOURCES = ['ggd_gezondheidsmonitor', 'cbs_kerncijfers', 'eigen_telling', 'other'] as const;
export const sourceSchema = z.enum(SOURCES);
export type Source = z.infer<typeof sourceSchema>;

export const DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export const directionSchema = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof directionSchema>;

/** The wijk's own figures, or the gemeente's average for comparison. */
export const SERIES = ['wijk', 'gemeente'] as const;
export const seriesSchema = z.enum(SERIES);
export type Series = z.infer<typeof seriesSchema>;

/** A calendar date, `YYYY-MM-DD` (a measurement's period; no time of day, no time zone). */
export const dayDateSchema = z.iso.date();

export const valueSchema = z
  .number()
  .refine(Number.isFinite, 'not a number')
  .refine((v) => Math.abs(v) <= MONITORING_LIMITS.valueAbsMax, 'too large');

/** A value at a date: the baseline and the target. */
export const datedValueSchema = z.object({ value: valueSchema, date: dayDateSchema });
export type DatedValue = z.infer<typeof datedValueSchema>;

const optionalText = (max: number) => z.string().trim().max(max);

const indicatorFields = {
  /** The ambition: a section of one of the werkgroep's documents. */
  sectionId: idSchema,
  name: lineSchema(MONITORING_LIMITS.nameMax),
  definition: optionalText(MONITORING_LIMITS.definitionMax),
  unit: unitSchema,
  /** The unit's words when `unit` is `other` ("woningen", "m²"); empty otherwise. */
  unitLabel: optionalText(MONITORING_LIMITS.unitLabelMax),
  source: sourceSchema,
  /** The source's name when `source` is `other`; empty otherwise. */
  sourceLabel: optionalText(MONITORING_LIMITS.sourceLabelMax),
  baseline: datedValueSchema.nullable(),
  target: datedValueSchema.nullable(),
  direction: directionSchema,
};

const otherNeedsLabel = (
  v: { unit: Unit; unitLabel: string; source: Source; sourceLabel: string },
  ctx: z.RefinementCtx,
) => {
  if (v.unit === 'other' && v.unitLabel === '')
    ctx.addIssue({ code: 'custom', path: ['unitLabel'], message: 'required' });
  if (v.source === 'other' && v.sourceLabel === '')
    ctx.addIssue({ code: 'custom', path: ['sourceLabel'], message: 'required' });
};

export const createIndicatorSchema = z.object(indicatorFields).superRefine(otherNeedsLabel);
export type CreateIndicator = z.infer<typeof createIndicatorSchema>;

/**
 * A change of an indicator: only the fields that change, at least one. A label given together with
 * `other` must not be empty; the server checks the indicator as it will be after the change as a whole.
 */
export const updateIndicatorSchema = z
  .strictObject(indicatorFields)
  .partial()
  .superRefine((v, ctx) => {
    if (Object.keys(v).length === 0) ctx.addIssue({ code: 'custom', path: [], message: 'nothing to change' });
    if (v.unit === 'other' && v.unitLabel === '')
      ctx.addIssue({ code: 'custom', path: ['unitLabel'], message: 'required' });
    if (v.source === 'other' && v.sourceLabel === '')
      ctx.addIssue({ code: 'custom', path: ['sourceLabel'], message: 'required' });
  });
export type UpdateIndicator = z.infer<typeof updateIndicatorSchema>;

export const indicatorSchema = z.object({
  id: idSchema,
  ...indicatorFields,
  createdBy: idSchema,
  createdAt: z.number().int(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const measurementSchema = z.object({
  id: idSchema,
  indicatorId: idSchema,
  series: seriesSchema,
  date: dayDateSchema,
  value: valueSchema,
  /** Where this figure comes from ("GGD monitor 2022, tabel 3"); may be empty. */
  note: optionalText(MONITORING_LIMITS.noteMax),
  createdAt: z.number().int(),
});
export type Measurement = z.infer<typeof measurementSchema>;

/** One measurement typed in by hand. */
export const createMeasurementSchema = measurementSchema.pick({
  series: true,
  date: true,
  value: true,
  note: true,
});
export type CreateMeasurement = z.infer<typeof createMeasurementSchema>;

/** An indicator with its measurements (oldest date first): what a chart, its table and its summary need. */
export const indicatorWithMeasurementsSchema = indicatorSchema.extend({
  measurements: z.array(measurementSchema),
});
export type IndicatorWithMeasurements = z.infer<typeof indicatorWithMeasurementsSchema>;

/** A werkgroep's monitoring: every indicator, in the order they were made. */
export const monitoringViewSchema = z.object({ indicators: z.array(indicatorWithMeasurementsSchema) });
export type MonitoringView = z.infer<typeof monitoringViewSchema>;

/** Measurements sorted by date (then by when they were stored), one series. */
export function seriesOf(measurements: readonly Measurement[], series: Series): Measurement[] {
  return measurements
    .filter((m) => m.series === series)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt);
}
