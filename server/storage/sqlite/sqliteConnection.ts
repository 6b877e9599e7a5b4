import Database from 'better-sqlite3';

/**
 * One connection to the database file with the settings every connection needs: the main thread's
 * and the document-log worker's (sqliteDocLogWorker.ts) are opened the same way.
 */
export function connectSqlite(file: string, synchronous: 'FULL' | 'NORMAL'): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  // Two connections write the file (see sqliteDocLog.ts): a writer waits for the other's commit.
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // Deleted rows and freed pages are overwritten with zeros, so a replaced or closed secret ballot
  // does not linger in the file (see sqliteSecretBallots.ts); the WAL is emptied after such a change.
  db.pragma('secure_delete = ON');
  return db;
}
