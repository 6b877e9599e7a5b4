import type pg from 'pg';
import { type MeasurementColumns, type MonitoringStore, withMeasurements } from '../MonitoringStore';
import { parseIndicator, parseMeasurement } from '../monitoringRows';
import { changes, first, inTransaction, json, rows } from './pgDb';

const COLUMNS = 'id, indicator_id, series, date, value, note, created_at';

/** Monitoring on PostgreSQL (migration in pgMonitoringMigration.ts). */
export function pgMonitoring(pool: pg.Pool): MonitoringStore {
  return {
    async createIndicator(werkgroepId, indicator) {
      await pool.query(
        'INSERT INTO monitoring_indicators (werkgroep_id, id, data, created_at) VALUES ($1, $2, $3::jsonb, $4)',
        [werkgroepId, indicator.id, json(indicator), indicator.createdAt],
      );
    },
    async getIndicator(werkgroepId, id) {
      const r = await first<{ data: unknown }>(
        pool,
        'SELECT data FROM monitoring_indicators WHERE werkgroep_id = $1 AND id = $2',
        [werkgroepId, id],
      );
      return r ? parseIndicator(r.data) : null;
    },
    async updateIndicator(werkgroepId, indicator) {
      const n = await changes(
        pool,
        'UPDATE monitoring_indicators SET data = $3::jsonb WHERE werkgroep_id = $1 AND id = $2',
        [werkgroepId, indicator.id, json(indicator)],
      );
      return n > 0;
    },
    async deleteIndicator(werkgroepId, id) {
      const n = await changes(pool, 'DELETE FROM monitoring_indicators WHERE werkgroep_id = $1 AND id = $2', [
        werkgroepId,
        id,
      ]);
      return n > 0;
    },
    addMeasurements(werkgroepId, all) {
      return inTransaction(pool, async (db) => {
        for (const m of all)
          await db.query(
            `INSERT INTO monitoring_measurements (werkgroep_id, ${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [werkgroepId, m.id, m.indicatorId, m.series, m.date, m.value, m.note, m.createdAt],
          );
      });
    },
    async deleteMeasurement(werkgroepId, id) {
      const n = await changes(
        pool,
        'DELETE FROM monitoring_measurements WHERE werkgroep_id = $1 AND id = $2',
        [werkgroepId, id],
      );
      return n > 0;
    },
    async listMonitoring(werkgroepId) {
      const [indicators, measurements] = await Promise.all([
        rows<{ data: unknown }>(
          pool,
          'SELECT data FROM monitoring_indicators WHERE werkgroep_id = $1 ORDER BY created_at, ord',
          [werkgroepId],
        ),
        rows<MeasurementColumns>(
          pool,
          `SELECT ${COLUMNS} FROM monitoring_measurements WHERE werkgroep_id = $1 ORDER BY date, created_at, ord`,
          [werkgroepId],
        ),
      ]);
      return withMeasurements(
        indicators.map((r) => parseIndicator(r.data)),
        measurements.map(parseMeasurement),
      );
    },
  };
}
