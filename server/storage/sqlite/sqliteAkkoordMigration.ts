/** Issue 18: the wijkakkoord (records kept whole as JSON; what must hold across them in columns). */
export const AKKOORD_MIGRATION = `
CREATE TABLE akkoorden (
  werkgroep_id TEXT PRIMARY KEY REFERENCES werkgroepen(id) ON DELETE CASCADE,
  data_json TEXT NOT NULL
);
CREATE TABLE akkoord_afspraken (
  werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  data_json TEXT NOT NULL,
  PRIMARY KEY (werkgroep_id, id)
);
CREATE TABLE akkoord_versions (
  id TEXT PRIMARY KEY,
  werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  frozen_at INTEGER NOT NULL,
  data_json TEXT NOT NULL
);
CREATE TABLE akkoord_signatures (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  version_id TEXT NOT NULL,
  party_id TEXT NOT NULL,
  voided_at INTEGER,
  data_json TEXT NOT NULL
);
CREATE UNIQUE INDEX akkoord_signatures_valid ON akkoord_signatures (version_id, party_id) WHERE voided_at IS NULL;
CREATE INDEX akkoord_signatures_werkgroep ON akkoord_signatures (werkgroep_id, seq);
CREATE TABLE akkoord_signing_links (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  party_id TEXT NOT NULL,
  version_id TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER,
  voided_at INTEGER
);
CREATE INDEX akkoord_signing_links_werkgroep ON akkoord_signing_links (werkgroep_id, seq);
CREATE TABLE akkoord_progress (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  afspraak_id TEXT NOT NULL,
  data_json TEXT NOT NULL
);
CREATE INDEX akkoord_progress_werkgroep ON akkoord_progress (werkgroep_id, seq);`;
