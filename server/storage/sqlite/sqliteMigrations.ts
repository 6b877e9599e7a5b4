import type { Database } from 'better-sqlite3';
import { AKKOORD_MIGRATION } from './sqliteAkkoordMigration';
import { dropEnumChecks } from './sqliteDropEnumChecks';
import { migrateSecretBallots } from './sqliteMigrateSecretBallots';
import { MONITORING_MIGRATION } from './sqliteMonitoringMigration';
import { NETWORK_MIGRATION, NETWORK_OUTLINE_MIGRATION } from './sqliteNetwork';
import { UITVOERING_MIGRATION } from './sqliteUitvoeringMigration';
import { WIJKPAGINA_MIGRATION } from './sqliteWijkpagina';

/**
 * Ordered, append-only list of schema migrations: SQL, or a function for a step SQL cannot express.
 * Never edit a released entry: add a new one. `user_version` records how many have run.
 */
export const MIGRATIONS: readonly (string | ((db: Database) => void))[] = [
  `CREATE TABLE doc_updates (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     doc TEXT NOT NULL,
     data BLOB NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX doc_updates_doc_seq ON doc_updates (doc, seq);
   CREATE TABLE doc_snapshots (
     doc TEXT PRIMARY KEY,
     data BLOB NOT NULL,
     last_seq INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );`,
  `CREATE TABLE werkgroepen (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     wijk TEXT NOT NULL,
     gemeente TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE people (
     id TEXT PRIMARY KEY,
     is_admin INTEGER NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE sessions (
     token_hash TEXT PRIMARY KEY,
     person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
     created_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL
   );
   CREATE INDEX sessions_person ON sessions (person_id);
   CREATE TABLE members (
     id TEXT PRIMARY KEY,
     werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
     person_id TEXT NOT NULL REFERENCES people(id),
     display_name TEXT NOT NULL,
     organisation TEXT,
     role TEXT NOT NULL CHECK (role IN ('bewoner','ambtenaar','partner','facilitator','observer')),
     named_in_export INTEGER NOT NULL DEFAULT 0,
     joined_at INTEGER NOT NULL,
     removed_at INTEGER
   );
   CREATE UNIQUE INDEX members_active_person ON members (werkgroep_id, person_id) WHERE removed_at IS NULL;
   CREATE TABLE invites (
     id TEXT PRIMARY KEY,
     werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
     role TEXT NOT NULL,
     code_hash TEXT NOT NULL UNIQUE,
     expires_at INTEGER NOT NULL,
     max_uses INTEGER NOT NULL,
     uses INTEGER NOT NULL DEFAULT 0,
     revoked_at INTEGER,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX invites_werkgroep ON invites (werkgroep_id);
   CREATE TABLE documents (
     id TEXT PRIMARY KEY,
     werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
     title TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX documents_werkgroep ON documents (werkgroep_id);`,
  `ALTER TABLE documents ADD COLUMN kind TEXT NOT NULL DEFAULT 'blank';
   CREATE TABLE sections (
     id TEXT PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     title TEXT NOT NULL,
     prompt TEXT NOT NULL DEFAULT '',
     status TEXT NOT NULL DEFAULT 'concept' CHECK (status IN ('concept','in_bespreking','vastgesteld')),
     position INTEGER NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX sections_document ON sections (document_id, position);`,
  `CREATE TABLE threads (
     id TEXT PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     section_id TEXT NOT NULL,
     anchor_json TEXT,
     question_due TEXT,
     resolved_at INTEGER,
     resolved_by TEXT,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX threads_document ON threads (document_id, created_at);
   CREATE TABLE comments (
     id TEXT PRIMARY KEY,
     thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
     author_member_id TEXT NOT NULL REFERENCES members(id),
     body TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX comments_thread ON comments (thread_id, created_at);`,
  `CREATE TABLE versions (
     id TEXT PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     name TEXT NOT NULL,
     created_by TEXT NOT NULL,
     data TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX versions_document ON versions (document_id, created_at);`,
  `CREATE TABLE votes (
     id TEXT PRIMARY KEY,
     werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
     question TEXT NOT NULL,
     explanation TEXT NOT NULL,
     options_json TEXT NOT NULL,
     settings_json TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('draft','open','closed')),
     created_by TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     opened_at INTEGER,
     closed_at INTEGER
   );
   CREATE INDEX votes_werkgroep ON votes (werkgroep_id, created_at);
   CREATE TABLE ballots (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     vote_id TEXT NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
     member_id TEXT,
     voter_group TEXT NOT NULL CHECK (voter_group IN ('bewoners','ambtenaren','partners')),
     ballot_json TEXT NOT NULL,
     proxy INTEGER NOT NULL,
     entered_by TEXT,
     note TEXT NOT NULL,
     cast_at INTEGER NOT NULL
   );
   CREATE UNIQUE INDEX ballots_one_per_member ON ballots (vote_id, member_id);
   CREATE TABLE vote_events (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     vote_id TEXT NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
     at INTEGER NOT NULL,
     kind TEXT NOT NULL,
     actor_member_id TEXT NOT NULL,
     subject_member_id TEXT,
     note TEXT NOT NULL
   );
   CREATE INDEX vote_events_vote ON vote_events (vote_id, seq);
   CREATE TABLE decisions (
     id TEXT PRIMARY KEY,
     werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
     vote_id TEXT NOT NULL UNIQUE REFERENCES votes(id),
     number INTEGER NOT NULL,
     data_json TEXT NOT NULL,
     decided_at INTEGER NOT NULL,
     UNIQUE (werkgroep_id, number)
   );`,
  `CREATE TABLE boards (
     id TEXT PRIMARY KEY,
     werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
     title TEXT NOT NULL,
     template TEXT NOT NULL,
     locked INTEGER NOT NULL,
     locked_frames_json TEXT NOT NULL,
     silent INTEGER NOT NULL,
     timer_json TEXT NOT NULL,
     created_by TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX boards_werkgroep ON boards (werkgroep_id, created_at);`,
  `ALTER TABLE boards ADD COLUMN dot_round_json TEXT;
   ALTER TABLE votes ADD COLUMN board_id TEXT;`,
  `CREATE TABLE meetings (
     id TEXT PRIMARY KEY,
     werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
     join_code TEXT UNIQUE,
     data_json TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX meetings_werkgroep ON meetings (werkgroep_id, created_at);`,
  migrateSecretBallots,
  // Issue 14: people who join by a meeting's code are guests until the facilitator confirms them (their
  // `role` is then the role they claimed). Join codes are no longer kept in plain text: the column
  // holds a keyed hash from now on, and the invite that used to stand behind a code is gone from the
  // meeting's data (running meetings get a new code when the server starts).
  `ALTER TABLE members ADD COLUMN status TEXT NOT NULL DEFAULT 'confirmed'
     CHECK (status IN ('guest','confirmed'));
   UPDATE meetings SET join_code = NULL, data_json = json_remove(data_json, '$.joinInviteCode');`,
  // One row the health check rewrites: proof that a commit reaches the disk (GET /healthz).
  `CREATE TABLE health_probe (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     at INTEGER NOT NULL
   );`,
  // Issue 16: enumerated values are checked at the storage boundary with the shared schemas, not by
  // CHECK lists that repeated them (a new role needed a table rebuild).
  dropEnumChecks,
  // Issue 17: room locks across processes on one file, as leases that run out ([SQLITE6]).
  `CREATE TABLE room_leases (
     room TEXT PRIMARY KEY,
     holder TEXT NOT NULL,
     expires_at INTEGER NOT NULL
   ) WITHOUT ROWID;`,
  // Issue 18: the wijknetwerk and its change log.
  NETWORK_MIGRATION,
  // Issue 18: the wijkgrens of a werkgroep's network map.
  NETWORK_OUTLINE_MIGRATION,
  // Issue 18: the wijkakkoord (afspraken, frozen versions, signatures, signing links, progress).
  AKKOORD_MIGRATION,
  // Issue 19: monitoring (indicators and their measurements).
  MONITORING_MIGRATION,
  // Issue 19: the uitvoeringsplan (acties, updates with photos, last visits).
  UITVOERING_MIGRATION,
  // Issue 19: the public wijkpagina (settings, questions from residents).
  WIJKPAGINA_MIGRATION,
];

/**
 * Runs the migrations a database has not had, in one transaction, up to `target` (all by default; a
 * lower one is for tests that build an older database). Returns the versions before and after.
 * Foreign keys are off meanwhile, as SQLite's way of rebuilding a table asks (dropping a parent table
 * would otherwise empty its children); the upgrade is refused when it leaves more broken references
 * than it found (counting, not demanding none, so an old flaw cannot keep a server from starting).
 */
export function migrate(db: Database, target = MIGRATIONS.length): { from: number; to: number } {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `database schema version ${current} is newer than this server knows (${MIGRATIONS.length}); upgrade the server`,
    );
  }
  const brokenReferences = () => (db.pragma('foreign_key_check') as unknown[]).length;
  const run = db.transaction(() => {
    const brokenBefore = brokenReferences();
    for (let v = current; v < target; v++) {
      const step = MIGRATIONS[v];
      if (typeof step === 'function') step(db);
      else db.exec(step as string);
      db.pragma(`user_version = ${v + 1}`);
    }
    if (brokenReferences() > brokenBefore) throw new Error('a migration broke foreign keys; nothing changed');
  });
  if (current >= target) return { from: current, to: current };
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    run();
  } finally {
    if (foreignKeys) db.pragma('foreign_keys = ON');
  }
  return { from: current, to: Math.max(current, target) };
}
