import type pg from 'pg';
import { PG_AKKOORD_MIGRATION } from './pgAkkoordMigration';
import { type Db, first, inTransaction } from './pgDb';
import { PG_MONITORING_MIGRATION } from './pgMonitoringMigration';
import { PG_NETWORK_MIGRATION, PG_NETWORK_OUTLINE_MIGRATION } from './pgNetwork';
import { PG_UITVOERING_MIGRATION } from './pgUitvoeringMigration';
import { PG_WIJKPAGINA_MIGRATION } from './pgWijkpagina';

/**
 * Ordered, append-only list of schema migrations. Never edit a released entry: add a new one.
 * `schema_migrations` records each version that has run (1 is the first entry).
 *
 * What differs from SQLite on purpose (SPEC.md, "The PostgreSQL backend"):
 * - times are `bigint` milliseconds and flags `boolean`; JSON is `jsonb`; updates and snapshots `bytea`;
 * - `ord` (an identity column) breaks ties in lists the way SQLite's rowid does;
 * - secret ballots and the ballot events of open secret votes have tables of their own without any
 *   insertion-ordered column, rewritten (VACUUM FULL) after a secret vote closes.
 */
export const MIGRATIONS: readonly { name: string; sql: string }[] = [
  {
    name: 'initial schema',
    sql: `
CREATE SEQUENCE doc_update_seq;
CREATE TABLE doc_updates (
  seq bigint PRIMARY KEY DEFAULT nextval('doc_update_seq'),
  doc text NOT NULL,
  data bytea NOT NULL,
  created_at bigint NOT NULL
);
ALTER SEQUENCE doc_update_seq OWNED BY doc_updates.seq;
CREATE INDEX doc_updates_doc_seq ON doc_updates (doc, seq);
CREATE TABLE doc_snapshots (
  doc text PRIMARY KEY,
  data bytea NOT NULL,
  last_seq bigint NOT NULL,
  updated_at bigint NOT NULL
);
CREATE TABLE health_probe (
  id integer PRIMARY KEY CHECK (id = 1),
  at bigint NOT NULL
);

CREATE TABLE werkgroepen (
  id text PRIMARY KEY,
  name text NOT NULL,
  wijk text NOT NULL,
  gemeente text NOT NULL,
  created_at bigint NOT NULL,
  ord bigint GENERATED ALWAYS AS IDENTITY
);
CREATE TABLE people (
  id text PRIMARY KEY,
  is_admin boolean NOT NULL DEFAULT false,
  created_at bigint NOT NULL
);
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  person_id text NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL
);
CREATE INDEX sessions_person ON sessions (person_id);
CREATE TABLE members (
  id text PRIMARY KEY,
  werkgroep_id text NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  person_id text NOT NULL REFERENCES people(id),
  display_name text NOT NULL,
  organisation text,
  role text NOT NULL,
  status text NOT NULL DEFAULT 'confirmed' CHECK (status IN ('guest', 'confirmed')),
  named_in_export boolean NOT NULL DEFAULT false,
  joined_at bigint NOT NULL,
  removed_at bigint,
  ord bigint GENERATED ALWAYS AS IDENTITY
);
CREATE UNIQUE INDEX members_active_person ON members (werkgroep_id, person_id) WHERE removed_at IS NULL;
CREATE INDEX members_person ON members (person_id);
CREATE TABLE invites (
  id text PRIMARY KEY,
  werkgroep_id text NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  role text NOT NULL,
  code_hash text NOT NULL UNIQUE,
  expires_at bigint NOT NULL,
  max_uses integer NOT NULL,
  uses integer NOT NULL DEFAULT 0,
  revoked_at bigint,
  created_at bigint NOT NULL,
  ord bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX invites_werkgroep ON invites (werkgroep_id);

CREATE TABLE documents (
  id text PRIMARY KEY,
  werkgroep_id text NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  title text NOT NULL,
  kind text NOT NULL,
  created_at bigint NOT NULL,
  ord bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX documents_werkgroep ON documents (werkgroep_id);
CREATE TABLE sections (
  id text PRIMARY KEY,
  document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  title text NOT NULL,
  prompt text NOT NULL DEFAULT '',
  status text NOT NULL,
  position integer NOT NULL,
  created_at bigint NOT NULL
);
CREATE INDEX sections_document ON sections (document_id, position);
CREATE TABLE threads (
  id text PRIMARY KEY,
  document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  section_id text NOT NULL,
  anchor jsonb,
  question_due text,
  resolved_at bigint,
  resolved_by text,
  created_at bigint NOT NULL,
  ord bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX threads_document ON threads (document_id, created_at);
CREATE TABLE comments (
  id text PRIMARY KEY,
  thread_id text NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
  author_member_id text NOT NULL REFERENCES members(id),
  body text NOT NULL,
  created_at bigint NOT NULL,
  ord bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX comments_thread ON comments (thread_id, created_at);
CREATE TABLE versions (
  id text PRIMARY KEY,
  document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  name text NOT NULL,
  created_by text NOT NULL,
  sections jsonb NOT NULL,
  created_at bigint NOT NULL,
  ord bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX versions_document ON versions (document_id, created_at);

CREATE TABLE votes (
  id text PRIMARY KEY,
  werkgroep_id text NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  board_id text,
  question text NOT NULL,
  explanation text NOT NULL,
  options jsonb NOT NULL,
  settings jsonb NOT NULL,
  status text NOT NULL,
  created_by text NOT NULL,
  created_at bigint NOT NULL,
  opened_at bigint,
  closed_at bigint,
  ord bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX votes_werkgroep ON votes (werkgroep_id, created_at);
CREATE TABLE ballots (
  vote_id text NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
  member_id text NOT NULL,
  voter_group text NOT NULL,
  ballot jsonb NOT NULL,
  proxy boolean NOT NULL,
  entered_by text,
  note text NOT NULL,
  cast_at bigint NOT NULL,
  ord bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (vote_id, member_id)
);
CREATE SEQUENCE vote_event_seq;
CREATE TABLE vote_events (
  seq bigint PRIMARY KEY DEFAULT nextval('vote_event_seq'),
  vote_id text NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
  at bigint NOT NULL,
  kind text NOT NULL,
  actor_member_id text NOT NULL,
  subject_member_id text,
  note text NOT NULL
);
ALTER SEQUENCE vote_event_seq OWNED BY vote_events.seq;
CREATE INDEX vote_events_vote ON vote_events (vote_id, seq);
CREATE TABLE decisions (
  id text PRIMARY KEY,
  werkgroep_id text NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  vote_id text NOT NULL UNIQUE REFERENCES votes(id),
  number integer NOT NULL,
  data jsonb NOT NULL,
  decided_at bigint NOT NULL,
  UNIQUE (werkgroep_id, number)
);
CREATE TABLE secret_ballot_keys (
  vote_id text PRIMARY KEY REFERENCES votes(id) ON DELETE CASCADE,
  key bytea NOT NULL
);
CREATE TABLE secret_ballots (
  vote_id text NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
  voter_hash bytea NOT NULL,
  voter_group text NOT NULL,
  ballot text NOT NULL,
  proxy boolean NOT NULL,
  PRIMARY KEY (vote_id, voter_hash)
);
CREATE SEQUENCE secret_ballot_event_seq;
CREATE TABLE secret_ballot_events (
  seq bigint PRIMARY KEY DEFAULT nextval('secret_ballot_event_seq'),
  vote_id text NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
  at bigint NOT NULL,
  kind text NOT NULL,
  actor_member_id text NOT NULL,
  subject_member_id text NOT NULL,
  note text NOT NULL
);
ALTER SEQUENCE secret_ballot_event_seq OWNED BY secret_ballot_events.seq;
CREATE INDEX secret_ballot_events_vote ON secret_ballot_events (vote_id);
CREATE TABLE sealed_ballots (
  vote_id text PRIMARY KEY REFERENCES votes(id) ON DELETE CASCADE,
  data jsonb NOT NULL
);

CREATE TABLE boards (
  id text PRIMARY KEY,
  werkgroep_id text NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  title text NOT NULL,
  template text NOT NULL,
  locked boolean NOT NULL,
  locked_frames jsonb NOT NULL,
  silent boolean NOT NULL,
  timer jsonb NOT NULL,
  dot_round jsonb,
  created_by text NOT NULL,
  created_at bigint NOT NULL,
  ord bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX boards_werkgroep ON boards (werkgroep_id, created_at);
CREATE TABLE meetings (
  id text PRIMARY KEY,
  werkgroep_id text NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
  join_code_hash text UNIQUE,
  status text NOT NULL,
  data jsonb NOT NULL,
  created_at bigint NOT NULL,
  ord bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX meetings_werkgroep ON meetings (werkgroep_id, created_at);
CREATE INDEX meetings_status ON meetings (status);
`,
  },
  // Issue 18: the wijknetwerk and its change log.
  PG_NETWORK_MIGRATION,
  PG_NETWORK_OUTLINE_MIGRATION,
  // Issue 18: the wijkakkoord (afspraken, frozen versions, signatures, signing links, progress).
  PG_AKKOORD_MIGRATION,
  // Issue 19: monitoring (indicators and their measurements).
  PG_MONITORING_MIGRATION,
  // Issue 19: the uitvoeringsplan (acties, updates with photos, last visits).
  PG_UITVOERING_MIGRATION,
  // Issue 19: the public wijkpagina (settings, questions from residents).
  PG_WIJKPAGINA_MIGRATION,
];

/** Migrations of every instance of one database wait for each other (key: "wijk" + 17). */
const MIGRATION_LOCK = 0x77696a6b17;

/** The version a database has (0: empty); the table is made when missing. */
async function currentVersion(db: Db): Promise<number> {
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at bigint NOT NULL
  )`);
  const row = await first<{ version: number | null }>(
    db,
    'SELECT max(version) AS version FROM schema_migrations',
  );
  return row?.version ?? 0;
}

/**
 * Runs the migrations the database has not had, in one transaction, up to `target` (all by default; a
 * lower one is for tests that build an older database). Several instances starting at once take turns
 * (an advisory lock), so each migration runs once. A database of a newer server is refused.
 */
export async function migrate(
  pool: pg.Pool,
  target = MIGRATIONS.length,
): Promise<{ from: number; to: number }> {
  return inTransaction(pool, async (db) => {
    await db.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const current = await currentVersion(db);
    if (current > MIGRATIONS.length) {
      throw new Error(
        `database schema version ${current} is newer than this server knows (${MIGRATIONS.length}); upgrade the server`,
      );
    }
    for (let v = current; v < target; v++) {
      const step = MIGRATIONS[v];
      if (!step) break;
      await db.query(step.sql);
      await db.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        v + 1,
        step.name,
        Date.now(),
      ]);
    }
    return { from: current, to: Math.max(current, target) };
  });
}
