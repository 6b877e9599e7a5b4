/** Issue 18: the wijkakkoord (records kept whole as jsonb; what must hold across them in columns). */
export const PG_AKKOORD_MIGRATION = {
  name: 'wijkakkoord',
  sql: `
CREATE TABLE akkoorden (
  werkgroep_id text PRIMARY KEY REFERENCES werkgroepen(id) ON DELETE CASCADE,
  data jsonb NOT NULL
);
CREATE TABLE akkoord_afspraken (
  werkgroep_id text NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  id text NOT NULL,
  position integer NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (werkgroep_id, id)
);
CREATE TABLE akkoord_versions (
  id text PRIMARY KEY,
  werkgroep_id text NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  frozen_at bigint NOT NULL,
  data jsonb NOT NULL
);
CREATE TABLE akkoord_signatures (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  werkgroep_id text NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  version_id text NOT NULL,
  party_id text NOT NULL,
  voided_at bigint,
  data jsonb NOT NULL
);
CREATE UNIQUE INDEX akkoord_signatures_valid ON akkoord_signatures (version_id, party_id) WHERE voided_at IS NULL;
CREATE INDEX akkoord_signatures_werkgroep ON akkoord_signatures (werkgroep_id, seq);
CREATE TABLE akkoord_signing_links (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  werkgroep_id text NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  party_id text NOT NULL,
  version_id text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  used_at bigint,
  voided_at bigint
);
CREATE INDEX akkoord_signing_links_werkgroep ON akkoord_signing_links (werkgroep_id, seq);
CREATE TABLE akkoord_progress (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  werkgroep_id text NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  afspraak_id text NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX akkoord_progress_werkgroep ON akkoord_progress (werkgroep_id, seq);
`,
};
