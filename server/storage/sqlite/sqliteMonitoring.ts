import type { Database } from 'better-sqlite3';
import type { Measurement } from '../../../shared/monitoring/indicator';
import { type MeasurementColumns, type MonitoringStore, withMeasurements } from '../MonitoringStore';
import { parseIndicator, parseMeasurement } from '../monitoringRows';

const COLUMNS = 'id, indicator_id, series, date, value, note, created_at';

/** Monitoring on SQLite (migration in sqliteMonitoringMigration.ts). */
export function sqliteMonitoring(db: Database): MonitoringStore {
  const q = {
    insert: db.prepare(
      'INSERT INTO monitoring_indicators (werkgroep_id, id, data_json, created_at) VALUES (?, ?, ?, ?)',
    ),
    get: db.prepare<[string, string], { data_json: string }>(
      'SELECT data_json FROM monitoring_indicators WHERE werkgroep_id = ? AND id = ?',
    ),
    update: db.prepare('UPDATE monitoring_indicators SET data_json = ? WHERE werkgroep_id = ? AND id = ?'),
    remove: db.prepare('DELETE FROM monitoring_indicators WHERE werkgroep_id = ? AND id = ?'),
    list: db.prepare<[string], { data_json: string }>(
      'SELECT data_json FROM monitoring_indicators WHERE werkgroep_id = ? ORDER BY created_at, rowid',
    ),
    add: db.prepare(
      `INSERT INTO monitoring_measurements (werkgroep_id, ${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    removeMeasurement: db.prepare('DELETE FROM monitoring_measurements WHERE werkgroep_id = ? AND id = ?'),
    measurements: db.prepare<[string], MeasurementColumns>(
      `SELECT ${COLUMNS} FROM monitoring_measurements WHERE werkgroep_id = ? ORDER BY date, created_at, rowid`,
    ),
  };
  const add = db.transaction((werkgroepId: string, all: readonly Measurement[]) => {
    for (const m of all)
      q.add.run(werkgroepId, m.id, m.indicatorId, m.series, m.date, m.value, m.note, m.createdAt);
  });
  return {
    async createIndicator(werkgroepId, indicator) {
      q.insert.run(werkgroepId, indicator.id, JSON.stringify(indicator), indicator.createdAt);
    },
    async getIndicator(werkgroepId, id) {
      const r = q.get.get(werkgroepId, id);
      return r ? parseIndicator(JSON.parse(r.data_json)) : null;
    },
    async updateIndicator(werkgroepId, indicator) {
      return q.update.run(JSON.stringify(indicator), werkgroepId, indicator.id).changes > 0;
    },
    async deleteIndicator(werkgroepId, id) {
      return q.remove.run(werkgroepId, id).changes > 0;
    },
    async addMeasurements(werkgroepId, all) {
      add(werkgroepId, all);
    },
    async deleteMeasurement(werkgroepId, id) {
      return q.removeMeasurement.run(werkgroepId, id).changes > 0;
    },
    async listMonitoring(werkgroepId) {
      const indicators = q.list.all(werkgroepId).map((r) => parseIndicator(JSON.parse(r.data_json)));
      return withMeasurements(indicators, q.measurements.all(werkgroepId).map(parseMeasurement));
    },
  };
}
