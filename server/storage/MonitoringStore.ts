import type { Indicator, IndicatorWithMeasurements, Measurement } from '../../shared/monitoring/indicator';
import { methodsOf } from './methods';

/**
 * A werkgroep's monitoring (issue 19): indicators kept whole (read back with the shared schema) and their
 * measurements as rows. A measurement belongs to an indicator of the same werkgroep (a foreign key over
 * both ids), and goes when its indicator goes.
 */
export interface MonitoringStore {
  /** Stores a new indicator ([STORE-MON1]). */
  createIndicator(werkgroepId: string, indicator: Indicator): Promise<void>;
  getIndicator(werkgroepId: string, id: string): Promise<Indicator | null>;
  /**
   * Replaces the stored indicator with the same id in this werkgroep (its measurements stay); false when
   * there was none ([STORE-MON5]). Its place in the order (`createdAt`) does not change.
   */
  updateIndicator(werkgroepId: string, indicator: Indicator): Promise<boolean>;
  /** Removes an indicator with all its measurements; false when there was none ([STORE-MON1]). */
  deleteIndicator(werkgroepId: string, id: string): Promise<boolean>;
  /**
   * Stores every measurement in one transaction, or none ([STORE-MON2]): a CSV import is all or
   * nothing. One for an indicator that is not in this werkgroep rejects the whole call.
   */
  addMeasurements(werkgroepId: string, measurements: readonly Measurement[]): Promise<void>;
  /** Removes one measurement; false when there was none. */
  deleteMeasurement(werkgroepId: string, id: string): Promise<boolean>;
  /**
   * Every indicator of the werkgroep (oldest first) with its measurements (by date, then by when they
   * were stored) ([STORE-MON3]): the one read behind the monitoring page, its room, and the public
   * wijkpagina.
   */
  listMonitoring(werkgroepId: string): Promise<IndicatorWithMeasurements[]>;
}

export const MONITORING_STORE_METHODS = methodsOf<MonitoringStore>({
  createIndicator: true,
  getIndicator: true,
  updateIndicator: true,
  deleteIndicator: true,
  addMeasurements: true,
  deleteMeasurement: true,
  listMonitoring: true,
});

/** The columns a measurement is stored in (both backends), read back with the shared schema. */
export interface MeasurementColumns {
  id: string;
  indicator_id: string;
  series: string;
  date: string;
  value: number;
  note: string;
  created_at: number;
}

/** Groups measurement rows (already in order) under their indicators. */
export function withMeasurements(
  indicators: readonly Indicator[],
  measurements: readonly Measurement[],
): IndicatorWithMeasurements[] {
  const by = new Map<string, Measurement[]>(indicators.map((i) => [i.id, []]));
  for (const m of measurements) by.get(m.indicatorId)?.push(m);
  return indicators.map((i) => ({ ...i, measurements: by.get(i.id) ?? [] }));
}
