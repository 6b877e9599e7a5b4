import type { Database } from 'better-sqlite3';

/**
 * Ordered, append-only list of schema migrations. Never edit a released entry: add a new one.
 * `user_version` records how many have run.
 */
const MIGRATIONS: readonly string[] = [
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
];

export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `database schema version ${current} is newer than this server knows (${MIGRATIONS.length}); upgrade the server`,
    );
  }
  const run = db.transaction(() => {
    for (let v = current; v < MIGRATIONS.length; v++) {
      db.exec(MIGRATIONS[v] as string);
      db.pragma(`user_version = ${v + 1}`);
    }
  });
  run();
}
