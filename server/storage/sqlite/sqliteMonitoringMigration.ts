/**
 * Issue 19: monitoring. Indicators kept whole as JSON (read back with the shared schema); measurements
 * as rows, tied to an indicator of the same werkgroep, going with it.
 */
export const MONITORING_MIGRATION = `
CREATE TABLE monitoring_indicators (
  werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  data_json TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (werkgroep_id, id)
);
CREATE TABLE monitoring_measurements (
  werkgroep_id TEXT NOT NULL,
  id TEXT NOT NULL,
  indicator_id TEXT NOT NULL,
  series TEXT NOT NULL,
  date TEXT NOT NULL,
  value REAL NOT NULL,
  note TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (werkgroep_id, id),
  FOREIGN KEY (werkgroep_id, indicator_id) REFERENCES monitoring_indicators (werkgroep_id, id) ON DELETE CASCADE
);
CREATE INDEX monitoring_measurements_indicator ON monitoring_measurements (werkgroep_id, indicator_id);`;
