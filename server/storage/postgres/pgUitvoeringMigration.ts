/** Issue 19: the uitvoeringsplan (acties and updates kept whole as jsonb, photos as bytea, last visits). */
export const PG_UITVOERING_MIGRATION = {
  name: 'uitvoeringsplan',
  sql: `
CREATE TABLE uitvoering_acties (
  werkgroep_id text NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  id text NOT NULL,
  data jsonb NOT NULL,
  created_at bigint NOT NULL,
  ord bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (werkgroep_id, id)
);
CREATE TABLE uitvoering_photos (
  werkgroep_id text NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  id text NOT NULL,
  type text NOT NULL,
  bytes bytea NOT NULL,
  PRIMARY KEY (werkgroep_id, id)
);
CREATE TABLE uitvoering_updates (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  werkgroep_id text NOT NULL,
  id text NOT NULL,
  actie_id text NOT NULL,
  photo_id text,
  data jsonb NOT NULL,
  created_at bigint NOT NULL,
  UNIQUE (werkgroep_id, id),
  FOREIGN KEY (werkgroep_id, actie_id) REFERENCES uitvoering_acties(werkgroep_id, id) ON DELETE CASCADE
);
CREATE INDEX uitvoering_updates_werkgroep ON uitvoering_updates (werkgroep_id, created_at);
CREATE TABLE uitvoering_visits (
  werkgroep_id text NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  member_id text NOT NULL,
  page text NOT NULL,
  at bigint NOT NULL,
  PRIMARY KEY (werkgroep_id, member_id, page)
);
`,
};
