/** Issue 19: the uitvoeringsplan (acties and updates kept whole as JSON, photos as BLOBs, last visits). */
export const UITVOERING_MIGRATION = `
CREATE TABLE uitvoering_acties (
  werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  data_json TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (werkgroep_id, id)
);
CREATE TABLE uitvoering_photos (
  werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  type TEXT NOT NULL,
  bytes BLOB NOT NULL,
  PRIMARY KEY (werkgroep_id, id)
);
CREATE TABLE uitvoering_updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  werkgroep_id TEXT NOT NULL,
  id TEXT NOT NULL,
  actie_id TEXT NOT NULL,
  photo_id TEXT,
  data_json TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  UNIQUE (werkgroep_id, id),
  FOREIGN KEY (werkgroep_id, actie_id) REFERENCES uitvoering_acties(werkgroep_id, id) ON DELETE CASCADE
);
CREATE INDEX uitvoering_updates_werkgroep ON uitvoering_updates (werkgroep_id, created_at);
CREATE TABLE uitvoering_visits (
  werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  member_id TEXT NOT NULL,
  page TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (werkgroep_id, member_id, page)
);`;
