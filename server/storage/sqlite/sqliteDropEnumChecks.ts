import type { Database } from 'better-sqlite3';

/**
 * Issue 16: the CHECK lists that repeated shared enums (roles, section and vote statuses, voting
 * groups) go; the storage boundary checks those values with the shared schemas instead
 * (server/storage/values.ts),
 * so a new value needs no migration. SQLite cannot drop a constraint in place, so each table is
 * rebuilt with the same columns in the same order (the documented create-copy-drop-rename; `migrate`
 * runs with foreign keys off and checks them before committing). `members.status` keeps its CHECK:
 * guest/confirmed is this table's own encoding, not a shared enum.
 */
const TABLES: { name: string; create: string; indexes: string[]; keepRowid: boolean }[] = [
  {
    name: 'members',
    create: `(
       id TEXT PRIMARY KEY,
       werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
       person_id TEXT NOT NULL REFERENCES people(id),
       display_name TEXT NOT NULL,
       organisation TEXT,
       role TEXT NOT NULL,
       named_in_export INTEGER NOT NULL DEFAULT 0,
       joined_at INTEGER NOT NULL,
       removed_at INTEGER,
       status TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('guest','confirmed'))
     )`,
    indexes: [
      'CREATE UNIQUE INDEX members_active_person ON members (werkgroep_id, person_id) WHERE removed_at IS NULL',
    ],
    keepRowid: true,
  },
  {
    name: 'sections',
    create: `(
       id TEXT PRIMARY KEY,
       document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
       title TEXT NOT NULL,
       prompt TEXT NOT NULL DEFAULT '',
       status TEXT NOT NULL DEFAULT 'concept',
       position INTEGER NOT NULL,
       created_at INTEGER NOT NULL
     )`,
    indexes: ['CREATE INDEX sections_document ON sections (document_id, position)'],
    keepRowid: true,
  },
  {
    name: 'votes',
    create: `(
       id TEXT PRIMARY KEY,
       werkgroep_id TEXT NOT NULL REFERENCES werkgroepen(id) ON DELETE CASCADE,
       question TEXT NOT NULL,
       explanation TEXT NOT NULL,
       options_json TEXT NOT NULL,
       settings_json TEXT NOT NULL,
       status TEXT NOT NULL,
       created_by TEXT NOT NULL,
       created_at INTEGER NOT NULL,
       opened_at INTEGER,
       closed_at INTEGER,
       board_id TEXT
     )`,
    indexes: ['CREATE INDEX votes_werkgroep ON votes (werkgroep_id, created_at)'],
    // Votes of one moment are listed by rowid.
    keepRowid: true,
  },
  {
    name: 'ballots',
    create: `(
       seq INTEGER PRIMARY KEY AUTOINCREMENT,
       vote_id TEXT NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
       member_id TEXT,
       voter_group TEXT NOT NULL,
       ballot_json TEXT NOT NULL,
       proxy INTEGER NOT NULL,
       entered_by TEXT,
       note TEXT NOT NULL,
       cast_at INTEGER NOT NULL
     )`,
    indexes: ['CREATE UNIQUE INDEX ballots_one_per_member ON ballots (vote_id, member_id)'],
    // `seq` is the rowid.
    keepRowid: false,
  },
  {
    name: 'secret_ballots',
    create: `(
       vote_id TEXT NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
       voter_hash BLOB NOT NULL,
       voter_group TEXT NOT NULL,
       ballot_json TEXT NOT NULL,
       proxy INTEGER NOT NULL,
       PRIMARY KEY (vote_id, voter_hash)
     ) WITHOUT ROWID`,
    indexes: [],
    keepRowid: false,
  },
];

/** Rebuilds one table; rows keep their rowid and the AUTOINCREMENT counter its value (no seq is given twice). */
function rebuild(db: Database, table: (typeof TABLES)[number]): void {
  const columns = db
    .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table.name}')`)
    .all()
    .map((c) => c.name);
  const list = (table.keepRowid ? ['rowid', ...columns] : columns).join(', ');
  const counter = db
    .prepare<[string], { seq: number }>('SELECT seq FROM sqlite_sequence WHERE name = ?')
    .get(table.name);
  db.exec(`CREATE TABLE ${table.name}_rebuilt ${table.create}`);
  db.exec(`INSERT INTO ${table.name}_rebuilt (${list}) SELECT ${list} FROM ${table.name}`);
  db.exec(`DROP TABLE ${table.name}`);
  db.exec(`ALTER TABLE ${table.name}_rebuilt RENAME TO ${table.name}`);
  for (const index of table.indexes) db.exec(index);
  if (counter) {
    db.prepare('DELETE FROM sqlite_sequence WHERE name = ?').run(table.name);
    db.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)').run(table.name, counter.seq);
  }
}

export function dropEnumChecks(db: Database): void {
  for (const table of TABLES) rebuild(db, table);
}
