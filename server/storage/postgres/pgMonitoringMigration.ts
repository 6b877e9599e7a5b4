/**
 * Issue 19: monitoring. Indicators kept whole as jsonb (read back with the shared schema); measurements
 * as rows, tied to an indicator of the same werkgroep, going with it.
 */
export const PG_MONITORING_MIGRATION = {
  name: 'monitoring',
  sql: `
CREATE TABLE monitoring_indicators (
  werkgroep_id text NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  id text NOT NULL,
  data jsonb NOT NULL,
  created_at bigint NOT NULL,
  ord bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (werkgroep_id, id)
);
CREATE TABLE monitoring_measurements (
  werkgroep_id text NOT NULL,
  id text NOT NULL,
  indicator_id text NOT NULL,
  series text NOT NULL,
  date text NOT NULL,
  value double precision NOT NULL,
  note text NOT NULL,
  created_at bigint NOT NULL,
  ord bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (werkgroep_id, id),
  FOREIGN KEY (werkgroep_id, indicator_id) REFERENCES monitoring_indicators (werkgroep_id, id) ON DELETE CASCADE
);
CREATE INDEX monitoring_measurements_indicator ON monitoring_measurements (werkgroep_id, indicator_id);
`,
};
