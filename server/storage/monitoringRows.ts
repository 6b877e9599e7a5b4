import { indicatorSchema, type Measurement, measurementSchema } from '../../shared/monitoring/indicator';
import type { MeasurementColumns } from './MonitoringStore';

/** Rows back into the shared types: what a backend returns is what the schema says. */
export const parseIndicator = (data: unknown) => indicatorSchema.parse(data);
export const parseMeasurement = (r: MeasurementColumns): Measurement =>
  measurementSchema.parse({
    id: r.id,
    indicatorId: r.indicator_id,
    series: r.series,
    date: r.date,
    value: r.value,
    note: r.note,
    createdAt: r.created_at,
  });
